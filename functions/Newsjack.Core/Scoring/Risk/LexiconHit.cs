namespace Newsjack.Core.Scoring.Risk;

/// <summary>One lexicon term found in one text, with the snippet quoted as evidence.</summary>
public sealed record LexiconHit(string Category, RiskTier Tier, string Term, string Snippet);
