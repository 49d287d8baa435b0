namespace Newsjack.Core.Scoring.Risk;

/// <summary>The contract's tier ids (`floor`, `high`, `medium`, `low`, `none`) to and from <see cref="RiskTier"/>.</summary>
public static class RiskTiers
{
    public static string ToId(this RiskTier tier) => tier switch
    {
        RiskTier.Floor => "floor",
        RiskTier.High => "high",
        RiskTier.Medium => "medium",
        RiskTier.Low => "low",
        _ => "none",
    };

    public static bool TryParse(string? id, out RiskTier tier)
    {
        tier = id switch
        {
            "floor" => RiskTier.Floor,
            "high" => RiskTier.High,
            "medium" => RiskTier.Medium,
            "low" => RiskTier.Low,
            "none" => RiskTier.None,
            _ => (RiskTier)(-1),
        };
        return tier >= RiskTier.None;
    }

    public static RiskTier Max(RiskTier a, RiskTier b) => a > b ? a : b;

    /// <summary>One step less severe, for signals too thin to carry their full tier (an isolated post).</summary>
    public static RiskTier Lower(this RiskTier tier, int steps = 1) => (RiskTier)Math.Max(0, (int)tier - steps);
}
