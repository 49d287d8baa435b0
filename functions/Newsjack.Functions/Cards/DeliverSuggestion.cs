using Microsoft.Azure.Functions.Worker;
using Newsjack.Azure.Cards;

namespace Newsjack.Functions.Cards;

/// <summary>
/// Queue: deliver one suggestion card to its brand's Teams webhook (`SUGGESTIONS_QUEUE`, the physical name: storage
/// prefix plus `suggestions`, e.g. `nj-suggestions`). Teams faults are handled inside (held, retried, failed);
/// only storage failures throw, retry through host.json `maxDequeueCount`, then land in `{queue}-poison`.
/// </summary>
public sealed class DeliverSuggestion(DeliverSuggestionHandler handler)
{
    [Function(nameof(DeliverSuggestion))]
    public Task Run([QueueTrigger("%SUGGESTIONS_QUEUE%")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
