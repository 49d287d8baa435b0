using System.Text.Json;
using Azure.Storage.Queues;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// The <c>publish</c> queue: one message per approved card (<c>{"cardId":"c-…"}</c>, Base64 like every queue here),
/// and a delayed <c>{"cardId":"c-…","followUp":true}</c> for a follow-up card held until the Teams budget frees; each
/// with the producer's <c>traceparent</c>/<c>tracestate</c> (<see cref="QueueTrace"/>).
/// </summary>
public sealed class PublishRequests(QueueServiceClient queues, StorageNames names)
{
    public const string Name = StorageNames.PublishQueue;

    private readonly QueueClient _queue = queues.GetQueueClient(names.Publish);

    // The queue service keeps a message invisible for at most 7 days.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    public async Task SendAsync(string cardId, CancellationToken cancellationToken) => await SendAsync(cardId, QueueTrace.Current, cancellationToken);

    /// <summary>Queues the card's publish message in <paramref name="trace"/> (the card's own trace, when the decision came by HTTP).</summary>
    public async Task SendAsync(string cardId, QueueTrace trace, CancellationToken cancellationToken) =>
        await SendAsync(new PublishMessage(cardId) { TraceParent = trace.TraceParent, TraceState = trace.TraceState }, TimeSpan.Zero, cancellationToken);

    /// <summary>Queues the card's publish message again, invisible until <paramref name="delay"/> has passed (another delivery holds it).</summary>
    public async Task SendAsync(string cardId, TimeSpan delay, CancellationToken cancellationToken) => await SendAsync(Traced(new PublishMessage(cardId)), delay, cancellationToken);

    /// <summary>Queues the card's follow-up card, invisible until <paramref name="delay"/> has passed (the Teams budget frees).</summary>
    public async Task SendFollowUpAsync(string cardId, TimeSpan delay, CancellationToken cancellationToken) =>
        await SendAsync(Traced(new PublishMessage(cardId, FollowUp: true)), delay, cancellationToken);

    /// <summary>The message of a body; null when it is not a publish message.</summary>
    public static PublishMessage? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, NewsjackJsonContext.Default.PublishMessage) is { CardId.Length: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PublishMessage Traced(PublishMessage message)
    {
        var trace = QueueTrace.Current;
        return message with { TraceParent = trace.TraceParent, TraceState = trace.TraceState };
    }

    private async Task SendAsync(PublishMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay > MaxDelay ? MaxDelay : delay;
        await _queue.SendMessageAsync(JsonSerializer.Serialize(message, NewsjackJsonContext.Default.PublishMessage), visibility, cancellationToken: cancellationToken);
    }
}
