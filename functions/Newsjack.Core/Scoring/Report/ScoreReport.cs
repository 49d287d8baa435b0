namespace Newsjack.Core.Scoring.Report;

/// <summary>The contract's `newsjack score` output: one brand, the clock judged by, every topic.</summary>
public sealed record ScoreReport(string Brand, DateTimeOffset GeneratedAt, IReadOnlyList<ScoredTopic> Topics);
