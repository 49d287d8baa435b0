using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Producer;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>
/// An Event Hubs producer that records what it would send. Its batches come from the SDK's model factory and take
/// <c>eventsPerBatch</c> events of at most <c>maxEventBytes</c> each, as a real batch refuses what would exceed its size limit.
/// </summary>
internal sealed class RecordingProducer(int eventsPerBatch, int maxEventBytes = 1024 * 1024) : EventHubProducerClient
{
    private readonly Dictionary<EventDataBatch, (string? PartitionKey, List<EventData> Events)> _batches = [];

    public List<(string? PartitionKey, List<string> Bodies)> Sent { get; } = [];

    public int Created { get; private set; }

    public override ValueTask<EventDataBatch> CreateBatchAsync(CreateBatchOptions options, CancellationToken cancellationToken = default)
    {
        var events = new List<EventData>();
        var batch = EventHubsModelFactory.EventDataBatch(
            eventsPerBatch * (long)maxEventBytes, events, options, e => events.Count < eventsPerBatch && e.EventBody.ToArray().Length <= maxEventBytes);
        _batches[batch] = (options.PartitionKey, events);
        Created++;
        return ValueTask.FromResult(batch);
    }

    public override Task SendAsync(EventDataBatch eventBatch, CancellationToken cancellationToken = default)
    {
        var (key, events) = _batches[eventBatch];
        Sent.Add((key, [.. events.Select(e => e.EventBody.ToString())]));
        return Task.CompletedTask;
    }

    // Nothing to close: there is no connection (the base DisposeAsync calls this).
    public override Task CloseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
