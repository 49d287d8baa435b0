namespace Newsjack.Core.Topics.Trends;

/// <summary>What momentum is computed from: mention times (items and posts), reach, engagement and the strongest term's significance.</summary>
public sealed record MomentumInput(
    IReadOnlyList<DateTimeOffset> MentionTimes,
    int OutletCount,
    int PostCount,
    long Engagement,
    string? StrongestTerm,
    TermSignificance Strongest,
    DateTimeOffset Now);
