using Microsoft.Extensions.Logging;
using Newsjack.Azure.Hosting;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// Every minute: queue one `feed-polls` message per configured feed whose poll interval has elapsed. Each feed is
/// its own message, so one slow or broken feed never holds up another.
/// </summary>
public sealed class FeedPollScheduler(FeedCatalog catalog, FeedStateStore states, FeedPollRequests requests, TimeProvider time, ILogger<FeedPollScheduler> logger)
    : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken) => await ScheduleDueAsync(cancellationToken);

    /// <summary>Queues the due feeds and returns their names.</summary>
    public async Task<IReadOnlyList<string>> ScheduleDueAsync(CancellationToken cancellationToken)
    {
        var feeds = await catalog.LoadAsync(cancellationToken);
        if (feeds.Count == 0)
        {
            return [];
        }

        await states.EnsureAsync(cancellationToken);
        var known = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.RowKey, StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        var due = feeds
            .Where(f => !known.TryGetValue(f.Name, out var s) || FeedPollDue.IsDue(f, s.LastPollAt, s.LastScheduledAt, now))
            .Select(f => f.Name)
            .ToList();
        foreach (var feed in due)
        {
            // Sent before the feed is marked: a crash in between polls a feed twice (harmless), never not at all.
            await requests.SendAsync(feed, cancellationToken);
        }

        await states.MarkScheduledAsync(due, now, cancellationToken);
        NewsLog.Scheduled(logger, due.Count, feeds.Count);
        return due;
    }
}
