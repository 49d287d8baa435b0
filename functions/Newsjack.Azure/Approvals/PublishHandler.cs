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
/// under its ETag (so two hosts never both send), sends the chosen draft to the brand's publish webhook, or in dry
/// run (the default) records what it would have sent, then <c>Published | PublishFailed</c> with the answer or the
/// error, audits it, and tells the Teams channel. HTTP retries happen inside the client; storage failures throw so
/// the queue redelivers. A redelivered message for a finished card changes nothing.
/// </summary>
public sealed partial class PublishHandler(
    CardStore cards,
    BrandFolder brands,
    PublishTargets targets,
    PublishWebhookClient client,
    AuditStore audit,
    IOptions<PublishOptions> options,
    TimeProvider time,
    ILogger<PublishHandler> logger,
    IPublishFollowUp? followUp = null,
    PipelineMetrics? metrics = null) : IQueueMessageHandler
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        if (PublishRequests.CardIdOf(message) is not { } cardId || await cards.GetAsync(cardId, cancellationToken) is not { } card)
        {
            return;
        }

        using var correlation = Correlation.Begin(logger, card.TopicId, card.Id, card.BrandId);
        if (card.State == CardState.Approved)
        {
            card = await cards.TryUpdateAsync(card.StartPublishing(time.GetUtcNow()), cancellationToken) ?? card;
        }

        // Not ours to publish: not approved, already finished, or another instance won the Publishing transition.
        if (card.State != CardState.Publishing)
        {
            return;
        }

        var finished = await PublishAsync(card, cancellationToken);
        if (followUp is not null)
        {
            await followUp.SendAsync(finished, cancellationToken);
        }
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

        await audit.AppendAsync(new AuditEntry
        {
            Brand = card.BrandId, CardId = card.Id, Action = action, Actor = AuditEntry.SystemActor, At = now, CardHash = view.Fingerprint(), Detail = detail,
        }, cancellationToken);
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
