using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Cards;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// <c>Publish</c> (queue <c>publish</c>, one message per approved card): moves the card <c>Approved → Publishing</c>
/// under its ETag, and only the delivery that made that move sends the chosen draft to the brand's publish webhook,
/// or in dry run (the default) records what it would have sent, then <c>Published | PublishFailed</c> with the answer
/// or the error, audits it, and tells the Teams channel (a follow-up held for the Teams budget comes back on this
/// queue as <c>followUp</c>). HTTP retries happen inside the client; storage failures throw so the queue redelivers.
/// A redelivered or concurrent message never publishes again (at most once, audited as a duplicate): one that finds
/// the card <c>Publishing</c> looks again once the sender's time is up (<see cref="PublishOptions.Lease"/>), and a
/// card still <c>Publishing</c> then is ended <c>PublishFailed</c> with its outcome unknown, never sent twice.
/// </summary>
public sealed partial class PublishHandler(
    CardStore cards,
    BrandFolder brands,
    PublishTargets targets,
    PublishWebhookClient client,
    AuditStore audit,
    PublishRequests requests,
    IOptions<PublishOptions> options,
    TimeProvider time,
    ILogger<PublishHandler> logger,
    IPublishFollowUp? followUp = null,
    PipelineMetrics? metrics = null) : IQueueMessageHandler
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        if (PublishRequests.Read(message) is not { } request || await cards.GetAsync(request.CardId, cancellationToken) is not { } card)
        {
            return;
        }

        using var correlation = Correlation.Begin(logger, card.TopicId, card.Id, card.BrandId);

        // A follow-up card that waited for the Teams budget: only a finished card has one (it may be held again).
        if (request.FollowUp == true)
        {
            if (card.State is CardState.Published or CardState.PublishFailed)
            {
                await FollowUpAsync(card, cancellationToken);
            }

            return;
        }

        switch (card.State)
        {
            case CardState.Approved:
                // Lost the transition: another delivery of this message publishes.
                if (await cards.TryUpdateAsync(card.StartPublishing(time.GetUtcNow()), cancellationToken) is { } publishing)
                {
                    await FollowUpAsync(await PublishAsync(publishing, cancellationToken), cancellationToken);
                }

                return;
            case CardState.Publishing:
                await PublishingElsewhereAsync(card, cancellationToken);
                return;
            case CardState.Published or CardState.PublishFailed:
                // Redelivered after it ended: nothing is sent again, but a follow-up a crash cut off still goes out.
                await AuditDuplicateAsync(card, $"card already {card.State} at {card.UpdatedAt:O}; nothing sent again", cancellationToken);
                await FollowUpAsync(card, cancellationToken);
                return;
            default:
                return;
        }
    }

    private async Task FollowUpAsync(SuggestionCard card, CancellationToken cancellationToken)
    {
        if (followUp is not null)
        {
            await followUp.SendAsync(card, cancellationToken);
        }
    }

    /// <summary>Another delivery holds the card in Publishing: wait out its time, then end it as unknown rather than send twice.</summary>
    private async Task PublishingElsewhereAsync(SuggestionCard card, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = card.UpdatedAt + options.Value.Lease;
        if (now < due)
        {
            await AuditDuplicateAsync(card, $"publishing by another delivery since {card.UpdatedAt:O}; not sent again, looking again at {due:O}", cancellationToken);
            await requests.SendAsync(card.Id, due - now, cancellationToken);
            return;
        }

        var error = $"outcome unknown: publishing started at {card.UpdatedAt:O} and no answer was recorded (the delivery died); " +
            "not sent again, check the brand's channel before posting it by hand";
        var brand = brands.Brands().FirstOrDefault(b => b.Id == card.BrandId);
        var finished = await FinishAsync(card, CardView.From(card, brand?.Name ?? card.BrandId), AuditAction.PublishFailed, error, error, cancellationToken);
        await FollowUpAsync(finished, cancellationToken);
    }

    private async Task AuditDuplicateAsync(SuggestionCard card, string detail, CancellationToken cancellationToken)
    {
        ApprovalsLog.PublishDuplicate(logger, card.Id, detail);
        var brand = brands.Brands().FirstOrDefault(b => b.Id == card.BrandId);
        var hash = CardView.From(card, brand?.Name ?? card.BrandId).Fingerprint();
        await audit.AppendAsync(AuditEntry.BySystem(card, AuditAction.Duplicate, time.GetUtcNow(), hash, "publish message redelivered: " + detail), cancellationToken);
    }

    private async Task<SuggestionCard> PublishAsync(SuggestionCard card, CancellationToken cancellationToken)
    {
        var brand = brands.Brands().FirstOrDefault(b => b.Id == card.BrandId);
        var view = CardView.From(card, brand?.Name ?? card.BrandId);
        var payload = new PublishPayload
        {
            Brand = card.BrandId,
            Text = card.ChosenText ?? "",
            Hashtags = [.. Hashtag().Matches(card.ChosenText ?? "").Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)],
            Links = [.. view.Sources.Select(s => s.Url).OfType<string>().Where(u => Uri.TryCreate(u, UriKind.Absolute, out _)).Take(3)],
            CardId = card.Id,
            Approver = card.DecidedBy ?? "",
            ApprovedAt = card.DecidedAt ?? card.UpdatedAt,
            SentAt = time.GetUtcNow(),
        };
        var json = JsonSerializer.Serialize(payload, NewsjackJsonContext.Default.PublishPayload);
        if (options.Value.DryRun)
        {
            return await FinishAsync(card, view, AuditAction.WouldPublish, "dry run: would publish " + json, null, cancellationToken);
        }

        var (target, problem) = brand is null ? (null, $"brand {card.BrandId} is no longer in the brands folder") : targets.Find(brand);
        if (target is null)
        {
            return await FinishAsync(card, view, AuditAction.PublishFailed, problem!, problem, cancellationToken);
        }

        try
        {
            var receipt = await client.SendAsync(target, payload, cancellationToken);
            return await FinishAsync(card, view, AuditAction.Published, $"HTTP {receipt.Status} {receipt.Body}".Trim(), null, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return await FinishAsync(card, view, AuditAction.PublishFailed, ex.Message, ex.Message, cancellationToken);
        }
    }

    private async Task<SuggestionCard> FinishAsync(SuggestionCard card, CardView view, AuditAction action, string detail, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var finished = error is null ? card.MarkPublished(detail, now) : card.MarkPublishFailed(error, now);

        // Under the Publishing ETag we hold; a lost write means another instance finished it and audited that.
        var written = await cards.TryUpdateAsync(finished, cancellationToken);
        if (written is null)
        {
            return await cards.GetAsync(card.Id, cancellationToken) ?? finished;
        }

        await audit.AppendAsync(AuditEntry.BySystem(card, action, now, view.Fingerprint(), detail), cancellationToken);
        metrics?.CardPublished(error is not null ? "failed" : action == AuditAction.WouldPublish ? "dry_run" : "published");
        if (error is null)
        {
            ApprovalsLog.Published(logger, card.Id, card.BrandId, action == AuditAction.WouldPublish ? "dry run, would publish" : "published");
        }
        else
        {
            ApprovalsLog.PublishFailed(logger, card.Id, card.BrandId, error);
        }

        return written;
    }

    [GeneratedRegex(@"#\w+")]
    private static partial Regex Hashtag();
}
