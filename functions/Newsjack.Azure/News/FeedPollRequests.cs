using System.Text.Json;
using Azure.Storage.Queues;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.News;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.News;

/// <summary>The `feed-polls` queue: one message <c>{ "feed": "name" }</c> (plus the
/// producer's <c>traceparent</c>/<c>tracestate</c>, <see cref="QueueTrace"/>) per poll to run (Base64, as the queue trigger expects).</summary>
public sealed class FeedPollRequests(QueueServiceClient queues, StorageNames names)
{
    public const string Name = StorageNames.FeedPollsQueue;

    private readonly QueueClient _queue = queues.GetQueueClient(names.FeedPolls);

    public async Task SendAsync(string feed, CancellationToken cancellationToken)
    {
        // Created on every run (one cheap call a minute) so a recreated account or emulator heals by itself.
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _queue.SendMessageAsync(Serialize(feed, QueueTrace.Current), cancellationToken);
    }

    public static string Serialize(string feed, QueueTrace trace = default) => JsonSerializer.Serialize(
        new FeedPollMessage(feed) { TraceParent = trace.TraceParent, TraceState = trace.TraceState }, NewsjackJsonContext.Default.FeedPollMessage);

    /// <summary>The feed name in a message; throws <see cref="JsonException"/> when the message is not one of ours.</summary>
    public static string Deserialize(string message) =>
        JsonSerializer.Deserialize(message, NewsjackJsonContext.Default.FeedPollMessage) is { Feed: { Length: > 0 } feed }
            ? feed
            : throw new JsonException("missing \"feed\"");
}
