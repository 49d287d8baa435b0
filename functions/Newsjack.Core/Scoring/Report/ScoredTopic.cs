namespace Newsjack.Core.Scoring.Report;

/// <summary>One topic in `newsjack score` output (contract fields, plus the optional `delivery`).</summary>
public sealed record ScoredTopic(
    string Id,
    string Label,
    IReadOnlyList<string> ItemIds,
    int PostCount,
    double Relevance,
    ScoredRisk Risk,
    string Decision,
    IReadOnlyList<string> Reasons,
    ScoredDelivery? Delivery);
