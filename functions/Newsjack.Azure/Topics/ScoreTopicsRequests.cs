using System.Globalization;
using Azure.Storage.Queues;
using Newsjack.Azure.Storage;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The `score-topics` queue: `DetectTopics` sends one message (its run time, ISO 8601) after every run that changed a topic row, so
/// `ScoreTopics` runs right after it in both hosts (Base64, as the queue trigger expects).
/// </summary>
public sealed class ScoreTopicsRequests(QueueServiceClient queues, StorageNames names)
{
    public const string Name = StorageNames.ScoreTopicsQueue;

    private readonly QueueClient _queue = queues.GetQueueClient(names.ScoreTopics);

    public async Task SendAsync(DateTimeOffset detectedAt, CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _queue.SendMessageAsync(detectedAt.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
    }
}
