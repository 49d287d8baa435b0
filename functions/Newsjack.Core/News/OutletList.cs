namespace Newsjack.Core.News;

/// <summary>
/// The outlets (feed names) that carried one news item, stored as one newline-separated string. Feed names
/// cannot contain control characters (see <see cref="FeedSourceRules"/>), so the separator is safe.
/// </summary>
public static class OutletList
{
    /// <summary>Keeps the stored string far below the 64 KiB a table property may hold.</summary>
    public const int MaxOutlets = 200;

    public static IReadOnlyList<string> Parse(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string Format(IEnumerable<string> outlets) => string.Join('\n', outlets);

    /// <summary>The list with <paramref name="outlet"/> added, or null when it is already there (or the list is full).</summary>
    public static IReadOnlyList<string>? Merge(IReadOnlyList<string> outlets, string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        if (outlets.Contains(outlet, StringComparer.OrdinalIgnoreCase) || outlets.Count >= MaxOutlets)
        {
            return null;
        }

        return [.. outlets, outlet];
    }
}
