using Newsjack.Core.Buzz;

namespace Newsjack.Core.Topics;

/// <summary>Groups unlinked posts by their most used hashtag; groups with enough posts become social topics.</summary>
internal static class HashtagGroups
{
    public static IReadOnlyDictionary<string, IReadOnlyList<BuzzPost>> Group(List<(BuzzPost Post, IReadOnlyList<string> Hashtags)> posts, int minPosts)
    {
        var usage = posts.SelectMany(p => p.Hashtags.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return posts.Where(p => p.Hashtags.Count > 0)
            .GroupBy(p => p.Hashtags.OrderByDescending(t => usage[t]).ThenBy(t => t, StringComparer.Ordinal).First(), StringComparer.Ordinal)
            .Where(g => g.Count() >= minPosts)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BuzzPost>)[.. g.Select(p => p.Post)], StringComparer.Ordinal);
    }
}
