using System.Globalization;
using Newsjack.Azure.Cards;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Approvals.Report;
using Newsjack.Core.Cards;

namespace Newsjack.Azure.Approvals.Report;

/// <summary>
/// `GET /api/report?brand=X[&amp;days=N]` (JSON) and `GET /api/dashboard?brand=X[&amp;days=N]` (the HTML dashboard),
/// for both hosts: who asks is resolved like on the card pages and must be one of the brand's approvers (a brand's
/// report shows what it was never shown, so another brand's team does not see it). Reads the brand's cards, the
/// topics scored for it and feed health over the last N days (default 7, at most 90).
/// </summary>
public sealed class ReportHandler(
    BrandFolder brands,
    CardStore cards,
    SuppressedTopicsSink scored,
    FeedCatalog feeds,
    FeedStateStore feedStates,
    ApproverIdentityResolver identity,
    TimeProvider time)
{
    public const int DefaultDays = 7;
    public const int MaxDays = 90;

    public async Task<ReportAnswer> ReportAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var who = identity.Resolve(request.Header);
        if (who.Approver is not { } approver)
        {
            return ReportAnswer.Refused(401, $"sign-in required: {who.Problem ?? "no identity"}");
        }

        // Only the brands this person approves are named: another brand's id is not theirs to learn here.
        var known = brands.Brands();
        var theirs = string.Join(", ", known.Where(b => ApproverPolicy.MayDecide(b, approver)).Select(b => b.Id));
        if (string.IsNullOrWhiteSpace(request.Brand))
        {
            return ReportAnswer.Refused(400, $"brand is required: ?brand= one of {(theirs.Length == 0 ? "(none: you approve no brand)" : theirs)}");
        }

        var days = DefaultDays;
        if (request.Days is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > MaxDays))
        {
            return ReportAnswer.Refused(400, $"days must be a whole number from 1 to {MaxDays}, not \"{text}\"");
        }

        // An unknown brand and someone else's brand get the same answer, so the answer never tells which ids exist.
        var asked = request.Brand.Trim();
        if (known.FirstOrDefault(b => string.Equals(b.Id, asked, StringComparison.OrdinalIgnoreCase)) is not { } brand
            || !ApproverPolicy.MayDecide(brand, approver))
        {
            return ReportAnswer.Refused(403, $"{approver.Email} may not see a report for \"{asked}\": it is none of the brands you approve ({(theirs.Length == 0 ? "none" : theirs)})");
        }

        var now = time.GetUtcNow();
        var since = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1 - days), TimeSpan.Zero);
        var brandCards = await cards.RecentAsync(brand.Id, since, cancellationToken);
        var report = BrandReportBuilder.Build(
            (brand.Id, brand.Name), now, since,
            [.. brandCards.Select(ToReportCard)],
            await scored.ReadAsync(brand.Id, since, cancellationToken),
            await FeedHealthReport.ReadAsync(feeds, feedStates, cancellationToken));
        return ReportAnswer.Ok(report);
    }

    public async Task<PageResponse> DashboardAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var answer = await ReportAsync(request, cancellationToken);
        return answer.Report is { } report
            ? new PageResponse(200, ReportPage.Render(report))
            : new PageResponse(answer.Status, PageLayout.Page("Report unavailable",
                $"<div class=\"box bad\"><h1>Report unavailable</h1><p>{PageLayout.E(answer.Problem!.Error)}.</p></div>"));
    }

    // A card counts from when it reached Teams; one never delivered counts from when it was made.
    private static ReportCard ToReportCard(SuggestionCard card) =>
        new(card.Id, card.State.ToString(), card.DeliveredAt ?? card.CreatedAt, card.DecidedBy == AuditEntry.SystemActor ? null : card.DecidedAt,
            card.State == CardState.DeliveryFailed ? card.LastError : null);
}
