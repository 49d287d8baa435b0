namespace Newsjack.Core.Scoring.Decisions;

/// <summary>Thresholds of the alert-fatigue controls; documented in docs/design/scoring.md.</summary>
public sealed record AlertFatigueOptions
{
    /// <summary>A repeat card within the cooldown is allowed when momentum at least doubles…</summary>
    public double SharpJumpFactor { get; init; } = 2;

    /// <summary>…and rises by at least this many sigma.</summary>
    public double SharpJumpMinSigma { get; init; } = 2;

    /// <summary>Momentum at which a card is sent even in quiet hours.</summary>
    public double ExtremeSigma { get; init; } = 6;

    /// <summary>Share of shared label words (Jaccard) at which two topics count as the same story.</summary>
    public double SameLabelOverlap { get; init; } = 0.5;

    public static AlertFatigueOptions Default { get; } = new();
}
