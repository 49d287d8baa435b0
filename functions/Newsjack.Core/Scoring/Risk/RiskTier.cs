namespace Newsjack.Core.Scoring.Risk;

/// <summary>Brand-safety tiers in ascending badness, so the worst is the maximum. `Floor` is never suggested.</summary>
public enum RiskTier
{
    None,
    Low,
    Medium,
    High,
    Floor,
}
