namespace Newsjack.Core.Scoring.Risk;

/// <summary>One category's tier for a topic, with quoted evidence (snippets of the texts that raised it).</summary>
public sealed record CategoryRisk(string Id, RiskTier Tier, IReadOnlyList<string> Evidence);
