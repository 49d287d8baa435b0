using System.Text.Json;
using Azure.Storage.Queues;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Azure.Cards;

/// <summary>
/// The `suggestions` queue: one message per card to deliver (`{"cardId":"c-…"}`, plus the
/// producer's `traceparent`/`tracestate` (<see cref="QueueTrace"/>), Base64 like every queue here). A
/// held card's message is sent invisible until the card is due, so quiet hours and spent budgets cost no polling.
/// </summary>
public sealed class SuggestionRequests(QueueServiceClient queues, StorageNames names)
{
    public const string Name = StorageNames.SuggestionsQueue;

    // The queue service keeps a message invisible for at most 7 days.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    private readonly QueueClient _queue = queues.GetQueueClient(names.Suggestions);

    public async Task EnsureAsync(CancellationToken cancellationToken) => await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    public async Task SendAsync(string cardId, TimeSpan delay, CancellationToken cancellationToken)
    {
        var trace = QueueTrace.Current;
        var message = new SuggestionMessage(cardId) { TraceParent = trace.TraceParent, TraceState = trace.TraceState };
        var body = JsonSerializer.Serialize(message, CardsJsonContext.Default.SuggestionMessage);
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay > MaxDelay ? MaxDelay : delay;
        await _queue.SendMessageAsync(body, visibility, cancellationToken: cancellationToken);
    }

    /// <summary>The card id of a message body; null when the body is not a suggestion message.</summary>
    public static string? CardIdOf(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, CardsJsonContext.Default.SuggestionMessage)?.CardId;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
