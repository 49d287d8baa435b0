namespace Newsjack.Core.News;

/// <summary>
/// Whether a feed should be polled now. The clock starts at the later of the last poll and the last time a
/// poll was scheduled, so a queued poll that has not run yet is not queued again every minute.
/// </summary>
public static class FeedPollDue
{
    /// <summary>Timer runs drift by a few seconds; without slack a 5-minute feed would be polled every 6 minutes.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    public static bool IsDue(FeedSource feed, DateTimeOffset? lastPollAt, DateTimeOffset? lastScheduledAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var last = Max(lastPollAt, lastScheduledAt);
        return last is null || now - last.Value >= TimeSpan.FromMinutes(feed.PollMinutes) - Slack;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}
