using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Learning;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// The card pages behind the Approve, Reject and Details links, for both hosts. <see cref="ShowAsync"/> (GET) verifies
/// the link and who is asking and shows the card with its decision form; it changes nothing, because link scanners and
/// previews open every link. <see cref="DecideAsync"/> (POST) checks the link again, the anti-forgery token, the
/// approver and the card's state, then applies the decision once under the card's ETag: of many concurrent decisions
/// exactly one wins and the others are told who decided and when. Every attempt is audited.
/// </summary>
public sealed class CardPageHandler(
    CardStore cards,
    BrandFolder brands,
    CardLinkSigner signer,
    AntiForgery antiForgery,
    ApproverIdentityResolver identity,
    AuditStore audit,
    DecisionMemoryStore memory,
    PublishRequests publish,
    IOptions<CardLinkOptions> links,
    TimeProvider time,
    ILogger<CardPageHandler> logger,
    PipelineMetrics? metrics = null)
{
    /// <summary>Largest decision form accepted (three drafts at their longest fit in well under this).</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public async Task<PageResponse> ShowAsync(CardPageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (context, refusal) = await OpenAsync(request, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var (card, view, link, approver, _) = context;
        if (!card.IsOpen() || card.LinksExpireAt <= time.GetUtcNow())
        {
            return new PageResponse(200, CardPageRenderer.Render(view, null, approver));
        }

        var (cookie, isNew) = AntiForgery.CookieFor(request.AntiForgeryCookie);
        var form = new CardPageForm(link, antiForgery.TokenFor(cookie, card.Id), Alternatives(link));
        return new PageResponse(200, CardPageRenderer.Render(view, form, approver), isNew ? AntiForgery.SetCookie(cookie, request.IsHttps) : null);
    }

    public async Task<PageResponse> DecideAsync(CardPageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Field(CardLinkFields.CardId) is { } posted && posted != request.CardId)
        {
            return OutcomePages.InvalidLink(403, "the form is for another card than this page");
        }

        if (!antiForgery.IsValid(request.AntiForgeryCookie, request.Field(AntiForgery.FieldName), request.CardId))
        {
            ApprovalsLog.FormRejected(logger, request.CardId);
            return OutcomePages.FormRejected();
        }

        var (context, refusal) = await OpenAsync(request, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var (card, view, link, approver, _) = context;
        using var correlation = Correlation.Begin(logger, card.TopicId, card.Id, card.BrandId);
        if (link.Action == CardAction.Details)
        {
            return OutcomePages.BadForm("a Details link cannot decide; use the Approve or Reject link");
        }

        var now = time.GetUtcNow();
        if (Closed(card, view, now) is { } closed)
        {
            await AuditAsync(request, card, view, AuditAction.Refused, approver.Email, $"{link.Action.ToId()} refused: card is {card.State}", cancellationToken);
            return closed;
        }

        var (decision, problem) = DecisionForm.Read(link.Action == CardAction.Approve, request.Field, view);
        if (decision is null)
        {
            return OutcomePages.BadForm(problem!);
        }

        var changed = decision.Approve ? card.Approve(approver, decision, now) : card.Reject(approver, decision, now);
        if (await cards.TryUpdateAsync(changed, cancellationToken) is null)
        {
            // Someone else decided (or the timer expired it) between our read and write: say who and when.
            var current = await cards.GetAsync(card.Id, cancellationToken) ?? card;
            var currentView = CardView.From(current, view.BrandName);
            ApprovalsLog.LostRace(logger, card.Id, approver.Email, current.State);
            await AuditAsync(request, current, currentView, AuditAction.Refused, approver.Email, $"{link.Action.ToId()} lost to {current.State} by {current.DecidedBy}", cancellationToken);
            return Closed(current, currentView, now) ?? OutcomePages.AlreadyDecided(currentView);
        }

        await AuditAsync(request, changed, view, decision.Approve ? AuditAction.Approved : AuditAction.Rejected, approver.Email, decision.Summary, cancellationToken);
        await memory.RecordAsync(new LearnedDecision(card.BrandId, card.Id, view.TopicLabel, view.Terms, decision.Approve, decision.Reason, now), cancellationToken);
        if (decision.Approve)
        {
            await publish.SendAsync(card.Id, CardTrace(card), cancellationToken);
        }

        ApprovalsLog.Decided(logger, card.Id, card.BrandId, approver.Email, changed.State);
        metrics?.CardDecided(decision.Approve ? "approved" : "rejected");
        return OutcomePages.Decided(CardView.From(changed, view.BrandName), decision);
    }

    /// <summary>
    /// The approval is a click in a browser, a trace of its own: publishing continues the card's trace (from its
    /// ScoreTopics run), and the click's span links to it. Cards written before they kept a trace use the click's.
    /// </summary>
    private static QueueTrace CardTrace(SuggestionCard card)
    {
        var trace = new QueueTrace(card.TraceParent, card.TraceState);
        if (trace.Parent is not { } born)
        {
            return QueueTrace.Current;
        }

        Activity.Current?.AddLink(new ActivityLink(born));
        return trace;
    }

    /// <summary>Link, identity, card and approver, in that order; the first failure is the page to answer with.</summary>
    private async Task<(CardPageContext? Context, PageResponse? Refusal)> OpenAsync(CardPageRequest request, CancellationToken cancellationToken)
    {
        var check = signer.Verify(request.CardId, request.Field(CardLinkFields.Action), request.Field(CardLinkFields.Expires),
            request.Field(CardLinkFields.KeyId), request.Field(CardLinkFields.Signature));
        if (!check.IsValid)
        {
            ApprovalsLog.LinkRefused(logger, request.CardId, check.Failure!.Value.ToString());
            return (null, check.Failure switch
            {
                CardLinkFailure.Expired => OutcomePages.Expired(null, check.Reason),
                CardLinkFailure.Malformed => OutcomePages.InvalidLink(400, check.Reason),
                _ => OutcomePages.InvalidLink(403, check.Reason),
            });
        }

        var who = identity.Resolve(request.Header);
        if (who.Approver is not { } approver)
        {
            return (null, OutcomePages.SignInRequired(who.Problem ?? "no identity"));
        }

        var card = await cards.GetAsync(request.CardId, cancellationToken);
        var brand = card is null ? null : brands.Brands().FirstOrDefault(b => b.Id == card.BrandId);
        if (card is null || brand is null)
        {
            return (null, OutcomePages.NotFound());
        }

        var view = CardView.From(card, brand.Name);
        if (!ApproverPolicy.MayDecide(brand, approver))
        {
            ApprovalsLog.NotAllowed(logger, card.Id, approver.Email, brand.Id);
            await AuditAsync(request, card, view, AuditAction.Denied, approver.Email, $"not an approver of {brand.Id}", cancellationToken);
            return (null, OutcomePages.NotAllowed(approver, brand.Name));
        }

        return (new CardPageContext(card, view, check.Link!, approver, brand), null);
    }

    private static PageResponse? Closed(SuggestionCard card, CardView view, DateTimeOffset now) =>
        card.IsDecided() ? OutcomePages.AlreadyDecided(view)
        : card.State == CardState.Expired || card.LinksExpireAt <= now ? OutcomePages.Expired(view, $"it expired at {CardPageRenderer.Time(card.LinksExpireAt)}")
        : !card.IsOpen() ? OutcomePages.BadForm($"this card is {card.State.ToString().ToLowerInvariant()} and not open for a decision")
        : null;

    private List<AlternativeLink> Alternatives(SignedCardLink link)
    {
        var baseUrl = new Uri(links.Value.BaseUrl ?? throw new InvalidOperationException("CardLinks:BaseUrl is not set."));
        return [.. new[] { CardAction.Approve, CardAction.Reject }.Where(a => a != link.Action)
            .Select(a => new AlternativeLink(a, signer.Sign(link.CardId, a, link.ExpiresAt).ToUrl(baseUrl)))];
    }

    private Task AuditAsync(CardPageRequest request, SuggestionCard card, CardView view, AuditAction action, string actor, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry
        {
            Brand = card.BrandId, CardId = card.Id, Action = action, Actor = actor, At = time.GetUtcNow(),
            ClientAddress = request.ClientAddress, UserAgent = request.UserAgent, CardHash = view.Fingerprint(), Detail = detail,
        }, cancellationToken);

    private sealed record CardPageContext(SuggestionCard Card, CardView View, SignedCardLink Link, Approver Approver, BrandProfile Brand);
}
