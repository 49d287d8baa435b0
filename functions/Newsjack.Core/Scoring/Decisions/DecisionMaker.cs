using System.Globalization;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// The contract's decision: below the relevance threshold → ignore; floor or an avoid-list hit → suppress;
/// a possible tragedy (<see cref="RiskAssessment.PossibleTragedy"/>) → suppress; tier within tolerance → suggest;
/// one tier over → review; further over → suppress.
/// </summary>
public static class DecisionMaker
{
    public static (Decision Decision, IReadOnlyList<string> Reasons) Decide(RelevanceResult relevance, RiskAssessment risk, BrandProfile brand)
    {
        ArgumentNullException.ThrowIfNull(relevance);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(brand);
        var accepted = Accepted(brand.RiskTolerance);
        var reasons = new List<string>(relevance.Reasons);
        var tierText = $"risk {risk.Tier.ToId()}" + (risk.Categories.Count > 0 ? $" ({string.Join(", ", risk.Categories.Where(c => c.Tier == risk.Tier).Select(c => c.Id))})" : "");
        if (relevance.Score < brand.RelevanceThreshold)
        {
            reasons.Insert(0, string.Create(CultureInfo.InvariantCulture, $"relevance {relevance.Score:0.00} below threshold {brand.RelevanceThreshold:0.00}"));
            return (Decision.Ignore, reasons);
        }

        Decision decision;
        if (risk.AvoidHits.Count > 0)
        {
            reasons.Insert(0, "on the brand's avoid list");
            reasons.AddRange(risk.AvoidHits);
            decision = Decision.Suppress;
        }
        else if (risk.Tier == RiskTier.Floor)
        {
            reasons.Insert(0, $"{tierText}: never suggested");
            decision = Decision.Suppress;
        }
        else if (risk.PossibleTragedy.Count > 0)
        {
            // Safe by default: weak or conflicting signs of a tragedy cost one card, a missed one costs the brand.
            reasons.Insert(0, $"possible tragedy: {risk.PossibleTragedy[0]}; {tierText}, suppressed to be safe");
            decision = Decision.Suppress;
        }
        else if (risk.Tier <= accepted)
        {
            reasons.Insert(0, $"{tierText} within tolerance {brand.RiskTolerance.ToString().ToLowerInvariant()}");
            decision = Decision.Suggest;
        }
        else if (risk.Tier == accepted + 1)
        {
            reasons.Insert(0, $"{tierText} one tier over tolerance {brand.RiskTolerance.ToString().ToLowerInvariant()}: review carefully");
            decision = Decision.Review;
        }
        else
        {
            reasons.Insert(0, $"{tierText} over tolerance {brand.RiskTolerance.ToString().ToLowerInvariant()}");
            decision = Decision.Suppress;
        }

        reasons.AddRange(risk.Categories.SelectMany(c => c.Evidence.Take(1).Select(e => $"{c.Id} {c.Tier.ToId()}: {e}")));
        reasons.AddRange(risk.Notes);
        return (decision, reasons);
    }

    public static RiskTier Accepted(RiskTolerance tolerance) => tolerance switch
    {
        RiskTolerance.High => RiskTier.High,
        RiskTolerance.Medium => RiskTier.Medium,
        _ => RiskTier.Low,
    };
}
