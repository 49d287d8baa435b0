namespace Newsjack.Core.Scoring.Relevance;

/// <summary>The knobs of <see cref="RelevanceScorer"/>; defaults are documented in docs/design/scoring.md.</summary>
public sealed record RelevanceOptions
{
    /// <summary>Share of a topic's texts mentioning a term that counts as full coverage.</summary>
    public double FullCoverageShare { get; init; } = 0.3;

    /// <summary>Credit for a phrase whose words occur near each other but not in order ("carpet was red").</summary>
    public double LooseMatchCredit { get; init; } = 0.8;

    public int LooseWindow { get; init; } = 3;
    public double BrandMentionWeight { get; init; } = 0.5;
    public double CompetitorWeight { get; init; } = 0.4;

    /// <summary>Momentum (sigma above baseline) at which timeliness is full.</summary>
    public double FullMomentumSigma { get; init; } = 4;

    public double FreshnessHalfLifeHours { get; init; } = 6;

    /// <summary>The share of relevance that depends on timeliness (momentum × freshness); the rest is brand fit.</summary>
    public double TimelinessShare { get; init; } = 0.4;

    public static RelevanceOptions Default { get; } = new();
}
