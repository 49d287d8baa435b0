using Microsoft.Azure.Functions.Worker;
using Newsjack.Azure.News;

namespace Newsjack.Functions.News;

/// <summary>
/// Queue: fetch and store one feed. `FEED_POLL_QUEUE` holds the physical queue name, i.e. the storage prefix
/// plus the logical name (`nj-feed-polls` for prefix `nj`), because a trigger cannot call StorageNames.
/// Failures retry through host.json `maxDequeueCount`, then land in `{queue}-poison`.
/// </summary>
public sealed class PollFeed(FeedPollHandler handler)
{
    [Function(nameof(PollFeed))]
    public Task Run([QueueTrigger("%FEED_POLL_QUEUE%")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
