namespace Newsjack.Core.Buzz;

/// <summary>The contract's closed list of platforms; matching is case-insensitive and returns the canonical name.</summary>
public static class BuzzPlatforms
{
    public static IReadOnlyList<string> All { get; } =
        ["x", "bluesky", "mastodon", "reddit", "tiktok", "instagram", "threads", "youtube", "other"];

    /// <summary>The canonical (lower-case, shared) instance for <paramref name="name"/>, or null when unknown.</summary>
    public static string? Canonical(ReadOnlySpan<char> name)
    {
        foreach (var platform in All)
        {
            if (name.Equals(platform, StringComparison.OrdinalIgnoreCase))
            {
                return platform;
            }
        }

        return null;
    }
}
