using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.SecondOpinion;

/// <summary>
/// Folds a chat model's opinion into a topic's score. It can only raise risk: an opinion at or below the local
/// tier, of category none, or missing changes nothing (a cheerful model must not talk the lexicon out of a
/// tragedy). A raised topic is decided again; one that no longer sends a card loses its delivery.
/// </summary>
public static class SecondOpinionRisk
{
    public static RiskAssessment Raise(RiskAssessment assessment, Opinion? opinion)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (opinion is null || opinion.Category == "none" || opinion.Tier <= RiskTier.None)
        {
            return assessment;
        }

        var evidence = $"second opinion: reads as {opinion.Category} ({opinion.Tier.ToId()})" + (opinion.Reason.Length > 0 ? $": {opinion.Reason}" : "");
        var existing = assessment.Categories.FirstOrDefault(c => c.Id == opinion.Category);
        if (existing is not null && existing.Tier >= opinion.Tier)
        {
            return assessment;
        }

        var raised = existing is null ? new CategoryRisk(opinion.Category, opinion.Tier, [evidence])
            : new CategoryRisk(existing.Id, opinion.Tier, [evidence, .. existing.Evidence]);
        IReadOnlyList<CategoryRisk> categories = [.. assessment.Categories.Where(c => c.Id != opinion.Category).Append(raised)
            .OrderByDescending(c => c.Tier).ThenBy(c => c.Id, StringComparer.Ordinal)];
        return assessment with { Tier = RiskTiers.Max(assessment.Tier, opinion.Tier), Categories = categories };
    }

    public static TopicScore Apply(TopicScore score, BrandProfile brand, Opinion? opinion)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(brand);
        var risk = Raise(score.Risk, opinion);
        if (ReferenceEquals(risk, score.Risk))
        {
            return score;
        }

        // The reasons after the decision's own (analyzer, delivery) are kept; delivery only while a card is still sent.
        var (_, before) = DecisionMaker.Decide(score.Relevance, score.Risk, brand);
        var (decision, reasons) = DecisionMaker.Decide(score.Relevance, risk, brand);
        var sends = decision.SendsCard();
        var extras = score.Reasons.Skip(before.Count).Where(r => sends || !r.StartsWith("delivery:", StringComparison.Ordinal));
        var opinionReason = risk.Categories.First(c => c.Id == opinion!.Category).Evidence[0];
        return score with { Risk = risk, Decision = decision, Reasons = [.. reasons, opinionReason, .. extras], Delivery = sends ? score.Delivery : null };
    }
}
