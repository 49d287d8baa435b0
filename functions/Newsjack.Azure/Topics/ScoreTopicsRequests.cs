using System.Text.Json;
using Azure.Storage.Queues;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The `score-topics` queue: `DetectTopics` sends one message (<see cref="ScoreTopicsMessage"/>: its run time and
/// trace context) after every run that changed a topic row, so `ScoreTopics` runs right after it in both hosts
/// (Base64, as the queue trigger expects).
/// </summary>
public sealed class ScoreTopicsRequests(QueueServiceClient queues, StorageNames names)
{
    public const string Name = StorageNames.ScoreTopicsQueue;

    private readonly QueueClient _queue = queues.GetQueueClient(names.ScoreTopics);

    public async Task SendAsync(DateTimeOffset detectedAt, CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var trace = QueueTrace.Current;
        var message = new ScoreTopicsMessage(detectedAt) { TraceParent = trace.TraceParent, TraceState = trace.TraceState };
        await _queue.SendMessageAsync(JsonSerializer.Serialize(message, NewsjackJsonContext.Default.ScoreTopicsMessage), cancellationToken);
    }
}
