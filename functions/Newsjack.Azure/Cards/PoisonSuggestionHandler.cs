using Microsoft.Extensions.Logging;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Cards;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Queue `suggestions-poison`: a delivery message that failed every queue attempt (storage trouble, not Teams) ends
/// here; its card, if still queued, becomes `DeliveryFailed` so the failure is visible instead of a silent stall.
/// </summary>
public sealed class PoisonSuggestionHandler(CardStore cards, TimeProvider time, ILogger<PoisonSuggestionHandler> logger, PipelineMetrics? metrics = null) : IQueueMessageHandler
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        var cardId = SuggestionRequests.CardIdOf(message);
        metrics?.DeadLettered("suggestions", 1);
        var card = cardId is null ? null : await cards.GetAsync(cardId, cancellationToken);
        using var correlation = Correlation.Begin(logger, card?.TopicId, cardId, card?.BrandId);
        if (card is not { State: CardState.Queued })
        {
            return;
        }

        var failed = card.Failed($"delivery message poisoned after repeated failures (last error: {card.LastError ?? "none recorded"})", time.GetUtcNow());
        CardsLog.Failed(logger, card.Id, failed.LastError!);
        await cards.TryUpdateAsync(failed, cancellationToken);
    }
}
