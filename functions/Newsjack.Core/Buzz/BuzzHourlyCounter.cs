namespace Newsjack.Core.Buzz;

/// <summary>Sums new posts into per-hour, per-platform increments (posts, likes, shares, replies).</summary>
public static class BuzzHourlyCounter
{
    public static IReadOnlyList<BuzzHourlyIncrement> Count(IEnumerable<AcceptedBuzzPost> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var sums = new Dictionary<(string Hour, string Platform), BuzzHourlyIncrement>();
        foreach (var accepted in posts)
        {
            var post = accepted.Post;
            var key = (accepted.Hour, post.Platform);
            var sum = sums.GetValueOrDefault(key) ?? new BuzzHourlyIncrement(accepted.Hour, post.Platform, 0, 0, 0, 0);
            sums[key] = sum with
            {
                Posts = sum.Posts + 1,
                Likes = sum.Likes + (post.Likes ?? 0),
                Shares = sum.Shares + (post.Shares ?? 0),
                Replies = sum.Replies + (post.Replies ?? 0),
            };
        }

        return [.. sums.Values.OrderBy(s => s.Hour, StringComparer.Ordinal).ThenBy(s => s.Platform, StringComparer.Ordinal)];
    }
}
