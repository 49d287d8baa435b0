using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// Posts the follow-up card (<see cref="PublishFollowUpCard"/>) to the brand's Teams webhook when an approved card
/// ends. It shares the webhook's post budget with the suggestion cards: a wait of up to a minute (the pacing
/// between posts) is waited out; a spent hourly or daily budget skips the follow-up, logged, since the outcome is
/// already on the card, in the audit and in the report. A refused or failed post is logged and never undoes the
/// publishing.
/// </summary>
public sealed class TeamsPublishFollowUp(
    TeamsWebhooks webhooks,
    TeamsWebhookClient client,
    WebhookBudgetStore budgets,
    BrandFolder brands,
    IOptions<TeamsOptions> teams,
    IOptions<PublishOptions> publish,
    TimeProvider time,
    ILogger<TeamsPublishFollowUp> logger) : IPublishFollowUp
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    public async Task SendAsync(SuggestionCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var brand = brands.Brands().FirstOrDefault(b => b.Id == card.BrandId);
        if (PublishFollowUpCard.Envelope(card, brand?.Name ?? card.BrandId, publish.Value.DryRun) is not { } envelope)
        {
            return;
        }

        var (setting, url, problem) = webhooks.Find(card.BrandId);
        if (url is null)
        {
            ApprovalsLog.FollowUpNotSent(logger, card.Id, problem ?? "no Teams webhook");
            return;
        }

        await budgets.EnsureAsync(cancellationToken);
        var budget = await budgets.ReserveAsync(setting, teams.Value.Budget, cancellationToken);
        for (var tries = 0; !budget.Allowed && budget.NotBefore - time.GetUtcNow() <= LongestWait && tries < 5; tries++)
        {
            var wait = budget.NotBefore - time.GetUtcNow();
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, cancellationToken);
            budget = await budgets.ReserveAsync(setting, teams.Value.Budget, cancellationToken);
        }

        if (!budget.Allowed)
        {
            ApprovalsLog.FollowUpNotSent(logger, card.Id, "Teams budget spent: " + budget.Reason);
            return;
        }

        var result = await client.PostAsync(url, envelope, cancellationToken);
        if (result.Outcome == TeamsPostOutcome.Accepted)
        {
            ApprovalsLog.FollowUpSent(logger, card.Id, card.State);
        }
        else
        {
            ApprovalsLog.FollowUpNotSent(logger, card.Id, result.Detail);
        }
    }
}
