namespace Newsjack.Core.Scoring.Report;

/// <summary>One `risk.categories[]` entry: category id, tier id, quoted evidence.</summary>
public sealed record ScoredCategory(string Id, string Tier, IReadOnlyList<string> Evidence);
