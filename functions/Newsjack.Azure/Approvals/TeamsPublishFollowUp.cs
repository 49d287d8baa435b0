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
/// ends. It shares the webhook's post budget with the suggestion cards: when the budget says not yet (pacing, or a
/// spent hourly or daily budget) the follow-up is queued on <c>publish</c> as <c>followUp</c>, invisible until the
/// budget frees, and is posted then; never dropped, unless it would reach the channel more than
/// <see cref="MaxHold"/> after the card ended. A refused or failed post is logged and never undoes the publishing.
/// </summary>
public sealed class TeamsPublishFollowUp(
    TeamsWebhooks webhooks,
    TeamsWebhookClient client,
    WebhookBudgetStore budgets,
    BrandFolder brands,
    PublishRequests requests,
    IOptions<TeamsOptions> teams,
    IOptions<PublishOptions> publish,
    TimeProvider time,
    ILogger<TeamsPublishFollowUp> logger) : IPublishFollowUp
{
    /// <summary>Past this, "approved by X" is old news in the channel; the outcome stays on the card, in the audit and the report.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromDays(2);

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
        if (!budget.Allowed)
        {
            if (budget.NotBefore > card.UpdatedAt + MaxHold)
            {
                ApprovalsLog.FollowUpNotSent(logger, card.Id, "Teams budget spent past the follow-up's hold: " + budget.Reason);
                return;
            }

            ApprovalsLog.FollowUpHeld(logger, card.Id, budget.NotBefore, budget.Reason);
            await requests.SendFollowUpAsync(card.Id, budget.NotBefore - time.GetUtcNow(), cancellationToken);
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
