namespace Newsjack.Core.Scoring.Relevance;

/// <summary>Relevance in [0, 1] of one topic to one brand, with a reason for every contributing term.</summary>
public sealed record RelevanceResult(double Score, double Fit, IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> Reasons);
