namespace Newsjack.Core.Approvals.Report;

/// <summary>
/// How the pipeline served one brand over a period (`GET /api/report?brand=X`): topics seen, cards sent and what
/// became of them, the median time from card to decision, what was suppressed and why, delivery failures, feed
/// health, and a per-day timeline for the chart.
/// </summary>
public sealed record BrandReport
{
    public required string Brand { get; init; }
    public required string BrandName { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required DateTimeOffset Since { get; init; }
    public required int TopicsSeen { get; init; }
    public required int RelevantTopics { get; init; }
    public required int CardsSent { get; init; }
    public required int Approved { get; init; }
    public required int Rejected { get; init; }
    public required int Expired { get; init; }
    public required int Published { get; init; }
    public required int PublishFailed { get; init; }
    public required int Pending { get; init; }
    public required int DeliveryFailures { get; init; }

    /// <summary>Median minutes from a card being sent to its decision; null before the first decision.</summary>
    public double? MedianMinutesToDecision { get; init; }
    public required IReadOnlyList<ReportSuppressed> Suppressed { get; init; }
    public required IReadOnlyList<string> DeliveryErrors { get; init; }
    public required IReadOnlyList<ReportFeed> Feeds { get; init; }
    public required IReadOnlyList<ReportDay> Timeline { get; init; }
}
