using System.Text;
using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Producer;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Sends recorded BuzzPost lines to an Event Hub as the producers in production do: each line is one event whose
/// UTF-8 body is the line as it is (invalid lines too, so dead-lettering can be tried), grouped by partition key
/// (<see cref="BuzzPartitionKey"/>: platform + author) and packed into <see cref="EventDataBatch"/>es, which the
/// client keeps under the hub's size limit; a full batch is sent and a new one started. An event too large for an
/// empty batch is reported, not sent. Order is kept within each partition key.
/// </summary>
public sealed class EventHubBuzzSender(EventHubProducerClient producer)
{
    public async Task<EventHubSendResult> SendAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sent = 0;
        var batches = 0;
        var tooLarge = new List<int>();
        foreach (var group in Enumerable.Range(0, lines.Count).GroupBy(i => BuzzPartitionKey.Of(lines[i])))
        {
            var options = new CreateBatchOptions { PartitionKey = group.Key };
            var batch = await producer.CreateBatchAsync(options, cancellationToken);
            try
            {
                foreach (var index in group)
                {
                    var data = new EventData(Encoding.UTF8.GetBytes(lines[index])) { ContentType = "application/json" };
                    if (batch.TryAdd(data))
                    {
                        continue;
                    }

                    if (batch.Count > 0)
                    {
                        await producer.SendAsync(batch, cancellationToken);
                        (sent, batches) = (sent + batch.Count, batches + 1);
                        batch.Dispose();
                        batch = await producer.CreateBatchAsync(options, cancellationToken);
                        if (batch.TryAdd(data))
                        {
                            continue;
                        }
                    }

                    tooLarge.Add(index);
                }

                if (batch.Count > 0)
                {
                    await producer.SendAsync(batch, cancellationToken);
                    (sent, batches) = (sent + batch.Count, batches + 1);
                }
            }
            finally
            {
                batch.Dispose();
            }
        }

        return new EventHubSendResult(sent, batches, tooLarge);
    }
}
