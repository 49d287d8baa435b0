using System.Globalization;
using Newsjack.Core.News;

namespace Newsjack.Core.Approvals.Report;

/// <summary>
/// Counts a brand's report from its cards, the topics scored for it (decision <c>ignore</c> for the irrelevant ones)
/// and feed health; pure, so the numbers are tested directly.
/// </summary>
public static class BrandReportBuilder
{
    private static readonly string[] ApprovedStates = ["Approved", "Publishing", "Published", "PublishFailed"];

    public static BrandReport Build(
        (string Id, string Name) brand, DateTimeOffset now, DateTimeOffset since,
        IReadOnlyList<ReportCard> cards, IReadOnlyList<ScoredTopicRow> scored, IReadOnlyList<FeedHealth> feeds)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(feeds);
        var inPeriod = cards.Where(c => c.SentAt >= since).ToList();
        var failedDelivery = inPeriod.Where(c => c.State == "DeliveryFailed").ToList();
        var sent = inPeriod.Where(c => c.State is not ("DeliveryFailed" or "Queued")).ToList();
        var minutes = sent.Where(c => c.DecidedAt is not null && Decided(c.State))
            .Select(c => (c.DecidedAt!.Value - c.SentAt).TotalMinutes).Order().ToList();
        return new BrandReport
        {
            Brand = brand.Id,
            BrandName = brand.Name,
            GeneratedAt = now,
            Since = since,
            TopicsSeen = scored.Count,
            RelevantTopics = scored.Count(s => s.Decision != "ignore"),
            CardsSent = sent.Count,
            Approved = sent.Count(c => ApprovedStates.Contains(c.State)),
            Rejected = sent.Count(c => c.State == "Rejected"),
            Expired = sent.Count(c => c.State == "Expired"),
            Published = sent.Count(c => c.State == "Published"),
            PublishFailed = sent.Count(c => c.State == "PublishFailed"),
            Pending = sent.Count(c => c.State == "Delivered"),
            DeliveryFailures = failedDelivery.Count,
            MedianMinutesToDecision = minutes.Count == 0 ? null : Math.Round(Median(minutes), 1),
            Suppressed = [.. scored.Where(s => s.Decision == "suppress").OrderByDescending(s => s.At)
                .Select(s => new ReportSuppressed(s.TopicId, s.Label, s.Tier, s.Reasons, s.At))],
            DeliveryErrors = [.. failedDelivery.Select(c => c.DeliveryError ?? "unknown error").Distinct(StringComparer.Ordinal).Take(10)],
            Feeds = [.. feeds.Select(f => new ReportFeed(f.Feed, f.LastSuccessAt, f.ConsecutiveFailures, f.LastError))],
            Timeline = Timeline(sent, since, now),
        };
    }

    private static bool Decided(string state) => state == "Rejected" || ApprovedStates.Contains(state);

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static List<ReportDay> Timeline(List<ReportCard> sent, DateTimeOffset since, DateTimeOffset now)
    {
        var days = new List<ReportDay>();
        for (var day = since.UtcDateTime.Date; day <= now.UtcDateTime.Date; day = day.AddDays(1))
        {
            var that = sent.Where(c => c.SentAt.UtcDateTime.Date == day).ToList();
            days.Add(new ReportDay(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), that.Count,
                that.Count(c => ApprovedStates.Contains(c.State)), that.Count(c => c.State == "Rejected"), that.Count(c => c.State == "Expired")));
        }

        return days;
    }
}
