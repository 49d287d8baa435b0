using Microsoft.Azure.Functions.Worker;
using Newsjack.Azure.Buzz;
using Newsjack.Core.Buzz;

namespace Newsjack.Functions.Buzz;

/// <summary>
/// Event Hub: ingest one batch of BuzzPost events. The handler catches per event (dead-letters, dedupes by
/// `{partitionId}:{sequenceNumber}` and by platform + id), so only infrastructure failures throw; the retry
/// attribute covers those before the checkpoint advances.
/// </summary>
public sealed class IngestBuzz(BuzzIngestHandler handler)
{
    [Function(nameof(IngestBuzz))]
    [ExponentialBackoffRetry(5, "00:00:04", "00:05:00")]
    public async Task Run(
        [EventHubTrigger("%SOCIAL_HUB%", Connection = "EventHubConnection", ConsumerGroup = "%SOCIAL_CONSUMER_GROUP%")] string[] events,
        long[] sequenceNumberArray,
        DateTime[] enqueuedTimeUtcArray,
        string[] offsetArray,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var batch = new BuzzBatch(
            EventHubPartition.IdOf(context), events, sequenceNumberArray, enqueuedTimeUtcArray, offsetArray);
        await handler.IngestBatchAsync(batch, cancellationToken);
    }
}
