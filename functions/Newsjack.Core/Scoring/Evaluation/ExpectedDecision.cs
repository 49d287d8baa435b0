using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Evaluation;

/// <summary>The decision the contract prescribes for a label's true tier and relevance, for one brand.</summary>
public static class ExpectedDecision
{
    public static Decision For(RiskTier tier, bool relevant, bool avoided, BrandProfile brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        var accepted = DecisionMaker.Accepted(brand.RiskTolerance);
        if (!relevant)
        {
            return Decision.Ignore;
        }

        if (avoided || tier == RiskTier.Floor)
        {
            return Decision.Suppress;
        }

        return tier <= accepted ? Decision.Suggest : tier == accepted + 1 ? Decision.Review : Decision.Suppress;
    }
}
