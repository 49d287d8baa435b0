namespace Newsjack.Core.Brands;

/// <summary>How much brand-safety risk a brand accepts: the highest risk tier it still suggests.</summary>
public enum RiskTolerance
{
    Low,
    Medium,
    High,
}
