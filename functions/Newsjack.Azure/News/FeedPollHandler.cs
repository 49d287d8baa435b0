using System.Text.Json;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Azure.News;

/// <summary>
/// Handles one `feed-polls` message: polls that feed. A broken feed is recorded in its health and the message
/// completes (the next scheduled poll is the retry); a storage failure throws, so the queue delivers it again.
/// </summary>
public sealed class FeedPollHandler(FeedCatalog catalog, FeedPoller poller, ILogger<FeedPollHandler> logger, PipelineMetrics? metrics = null) : IQueueMessageHandler
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken) =>
        await PollAsync(message, cancellationToken);

    /// <summary>Like <see cref="HandleAsync"/>, returning the outcome (null when the message names no configured feed).</summary>
    public async Task<FeedPollOutcome?> PollAsync(string message, CancellationToken cancellationToken)
    {
        string name;
        try
        {
            name = FeedPollRequests.Deserialize(message);
        }
        catch (JsonException ex)
        {
            // Retrying cannot fix a malformed message.
            NewsLog.BadMessage(logger, ex);
            return null;
        }

        var feed = await catalog.FindAsync(name, cancellationToken);
        if (feed is null)
        {
            // The feed was removed from the file after the poll was queued.
            NewsLog.UnknownFeed(logger, name);
            return null;
        }

        var outcome = await poller.PollAsync(feed, cancellationToken);
        metrics?.Ingested("news", outcome.NewItems);
        return outcome;
    }
}
