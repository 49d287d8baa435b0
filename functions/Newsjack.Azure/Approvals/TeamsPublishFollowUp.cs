using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;
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
/// At most once per card: the start of the post is written on the card row under its ETag before the post and its
/// answer after it, so a redelivered or concurrent message posts nothing and is audited as a duplicate. A delivery
/// that died between the two leaves the outcome unknown; that is audited too, and never posted again.
/// </summary>
public sealed class TeamsPublishFollowUp(
    TeamsWebhooks webhooks,
    TeamsWebhookClient client,
    WebhookBudgetStore budgets,
    BrandFolder brands,
    PublishRequests requests,
    CardStore cards,
    AuditStore audit,
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
        var brandName = brands.Brands().FirstOrDefault(b => b.Id == card.BrandId)?.Name ?? card.BrandId;
        if (card.FollowUpStartedAt is not null)
        {
            await AuditDuplicateAsync(card, brandName, cancellationToken);
            return;
        }

        if (PublishFollowUpCard.Envelope(card, brandName, publish.Value.DryRun) is not { } envelope)
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

        // Intent first, under the ETag: of two deliveries only one gets past here (the other's reserved post is lost, harmlessly).
        if (await cards.TryUpdateAsync(card.StartFollowUp(time.GetUtcNow()), cancellationToken) is not { } claimed)
        {
            await AuditDuplicateAsync(await cards.GetAsync(card.Id, cancellationToken) ?? card, brandName, cancellationToken);
            return;
        }

        var result = await client.PostAsync(url, envelope, cancellationToken);
        var now = time.GetUtcNow();
        var outcome = result.Outcome == TeamsPostOutcome.Accepted ? $"accepted (HTTP {result.Status})" : "not posted: " + result.Detail;
        await cards.TryUpdateAsync(claimed.EndFollowUp(outcome, now), cancellationToken);
        await AuditAsync(claimed, brandName, AuditAction.FollowUp, $"follow-up card to Teams at {Time(now)}: {outcome}", cancellationToken);
        if (result.Outcome == TeamsPostOutcome.Accepted)
        {
            ApprovalsLog.FollowUpSent(logger, card.Id, card.State);
        }
        else
        {
            ApprovalsLog.FollowUpNotSent(logger, card.Id, result.Detail);
        }
    }

    private async Task AuditDuplicateAsync(SuggestionCard card, string brandName, CancellationToken cancellationToken)
    {
        var detail = card switch
        {
            { FollowUpEndedAt: { } ended } => $"follow-up already posted at {Time(ended)} ({card.FollowUpOutcome}); redelivered message, not posted again",
            { FollowUpStartedAt: { } started } when time.GetUtcNow() < started + teams.Value.Lease =>
                $"follow-up being posted by another delivery since {Time(started)}; not posted again",
            { FollowUpStartedAt: { } started } =>
                $"follow-up outcome unknown: its post started at {Time(started)} and no answer was recorded (the delivery died); not posted again",
            _ => "follow-up taken by another delivery; not posted again",
        };
        ApprovalsLog.FollowUpDuplicate(logger, card.Id, detail);
        await AuditAsync(card, brandName, AuditAction.Duplicate, detail, cancellationToken);
    }

    private async Task AuditAsync(SuggestionCard card, string brandName, AuditAction action, string detail, CancellationToken cancellationToken) =>
        await audit.AppendAsync(AuditEntry.BySystem(card, action, time.GetUtcNow(), CardView.From(card, brandName).Fingerprint(), detail), cancellationToken);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
