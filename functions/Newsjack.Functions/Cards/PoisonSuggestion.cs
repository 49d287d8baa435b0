using Microsoft.Azure.Functions.Worker;
using Newsjack.Azure.Cards;

namespace Newsjack.Functions.Cards;

/// <summary>Queue `{SUGGESTIONS_QUEUE}-poison`: marks the card of a poisoned delivery message `DeliveryFailed`, so it is visible.</summary>
public sealed class PoisonSuggestion(PoisonSuggestionHandler handler)
{
    [Function(nameof(PoisonSuggestion))]
    public Task Run([QueueTrigger("%SUGGESTIONS_QUEUE%-poison")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
