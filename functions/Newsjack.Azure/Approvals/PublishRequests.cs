using System.Text.Json;
using Azure.Storage.Queues;
using Newsjack.Azure.Storage;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Approvals;

/// <summary>The <c>publish</c> queue: one message per approved card (<c>{"cardId":"c-…"}</c>, Base64 like every queue here).</summary>
public sealed class PublishRequests(QueueServiceClient queues, StorageNames names)
{
    public const string Name = StorageNames.PublishQueue;

    private readonly QueueClient _queue = queues.GetQueueClient(names.Publish);

    public async Task SendAsync(string cardId, CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _queue.SendMessageAsync(JsonSerializer.Serialize(new PublishMessage(cardId), NewsjackJsonContext.Default.PublishMessage), cancellationToken: cancellationToken);
    }

    /// <summary>The card id of a message body; null when it is not a publish message.</summary>
    public static string? CardIdOf(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, NewsjackJsonContext.Default.PublishMessage)?.CardId;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
