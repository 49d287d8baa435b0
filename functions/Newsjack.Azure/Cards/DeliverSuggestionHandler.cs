using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Azure.Cards;

/// <summary>
/// `DeliverSuggestion` (queue `suggestions`): posts a queued card's envelope to its brand's Teams webhook, once.
/// The card is claimed under its ETag first (a second message or host for the same card backs off), then a post is
/// reserved from the webhook's shared budget (held, not dropped, when spent: the message comes back when due).
/// Accepted → Delivered; refused → DeliveryFailed with the status and body; failed for now → retried with back-off
/// until <see cref="TeamsOptions.MaxAttempts"/>, then DeliveryFailed. Only storage failures throw (queue retry, then poison).
/// </summary>
public sealed class DeliverSuggestionHandler(
    CardStore cards,
    SuggestionRequests queue,
    WebhookBudgetStore budgets,
    TeamsWebhooks webhooks,
    TeamsWebhookClient client,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<DeliverSuggestionHandler> logger,
    PipelineMetrics? metrics = null) : IQueueMessageHandler
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken) =>
        await DeliverAsync(SuggestionRequests.CardIdOf(message) ?? "", cancellationToken);

    /// <summary>Delivers the card if it is due and nobody else is; returns the card as it ends (null when unknown).</summary>
    public async Task<SuggestionCard?> DeliverAsync(string cardId, CancellationToken cancellationToken)
    {
        await cards.EnsureAsync(cancellationToken);
        var card = CardLinkId(cardId) ? await cards.GetAsync(cardId, cancellationToken) : null;
        var now = time.GetUtcNow();
        using var correlation = Correlation.Begin(logger, card?.TopicId, cardId, card?.BrandId);
        if (card is null || card.State != CardState.Queued)
        {
            CardsLog.Skipped(logger, cardId, card is null ? "no such card" : $"already {card.State}");
            return card;
        }

        if (card.NotBefore is { } due && due > now)
        {
            // Early (a delay longer than the queue allows): come back when due.
            await queue.SendAsync(card.Id, due - now, cancellationToken);
            return card;
        }

        if (card.LeaseUntil is { } lease && lease > now)
        {
            CardsLog.Skipped(logger, card.Id, "another delivery holds it");
            return card;
        }

        var (setting, url, problem) = webhooks.Find(card.BrandId);
        if (url is null)
        {
            return await EndAsync(card.Failed(problem!, now), cancellationToken);
        }

        var claimed = await cards.TryUpdateAsync(card.Claimed(now, options.Value.Lease), cancellationToken);
        if (claimed is null)
        {
            CardsLog.Skipped(logger, card.Id, "another delivery claimed it first");
            return await cards.GetAsync(card.Id, cancellationToken);
        }

        await budgets.EnsureAsync(cancellationToken);
        var budget = await budgets.ReserveAsync(setting, options.Value.Budget, cancellationToken);
        if (!budget.Allowed)
        {
            CardsLog.Held(logger, card.Id, budget.NotBefore, budget.Reason);
            var held = await cards.TryUpdateAsync(claimed.Held(budget.NotBefore, "held: " + budget.Reason, time.GetUtcNow()), cancellationToken);
            await queue.SendAsync(card.Id, budget.NotBefore - time.GetUtcNow(), cancellationToken);
            return held;
        }

        var result = await client.PostAsync(url, claimed.EnvelopeJson, cancellationToken);
        return await RecordAsync(claimed, setting, result, cancellationToken);
    }

    private async Task<SuggestionCard?> RecordAsync(SuggestionCard claimed, string setting, TeamsPostResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        switch (result.Outcome)
        {
            case TeamsPostOutcome.Accepted:
                CardsLog.Delivered(logger, claimed.Id, setting, result.Status ?? 0, claimed.Attempts);
                metrics?.CardSent("accepted");
                return await cards.TryUpdateAsync(claimed.Delivered(now), cancellationToken);
            case TeamsPostOutcome.Permanent:
                return await EndAsync(claimed.Failed($"Teams refused the card: {result.Detail}", now), cancellationToken);
            default:
                if (claimed.Attempts >= options.Value.MaxAttempts)
                {
                    return await EndAsync(claimed.Failed($"gave up after {claimed.Attempts} attempts: {result.Detail}", now), cancellationToken);
                }

                CardsLog.Retrying(logger, claimed.Id, claimed.Attempts, result.Detail);
                var retrying = await cards.TryUpdateAsync(claimed.Retrying(result.Detail, now), cancellationToken);
                var backoff = TimeSpan.FromSeconds(options.Value.RetryBackoffSeconds * Math.Pow(2, claimed.Attempts - 1));
                await queue.SendAsync(claimed.Id, backoff, cancellationToken);
                return retrying;
        }
    }

    private async Task<SuggestionCard?> EndAsync(SuggestionCard failed, CancellationToken cancellationToken)
    {
        CardsLog.Failed(logger, failed.Id, failed.LastError ?? "");
        metrics?.CardSent("failed");
        return await cards.TryUpdateAsync(failed, cancellationToken);
    }

    private static bool CardLinkId(string id) => Core.Cards.Links.CardLinkSigner.IsCardId(id);
}
