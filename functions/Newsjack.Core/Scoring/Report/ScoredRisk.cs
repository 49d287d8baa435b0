namespace Newsjack.Core.Scoring.Report;

/// <summary>`risk` in `newsjack score` output: the worst tier and each category with its evidence.</summary>
public sealed record ScoredRisk(string Tier, IReadOnlyList<ScoredCategory> Categories);
