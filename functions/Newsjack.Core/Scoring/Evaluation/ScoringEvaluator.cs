using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Evaluation;

/// <summary>Compares scored topics with labels: every item takes the decision and tier of the topic that holds it.</summary>
public static class ScoringEvaluator
{
    public static EvaluationReport Evaluate(IReadOnlyList<ScoringLabel> labels, IReadOnlyList<TopicScore> scores, BrandProfile brand)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(brand);
        var byItem = new Dictionary<string, TopicScore>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            foreach (var item in score.Subject.Items)
            {
                byItem[item.Id] = score;
            }
        }

        var cases = new List<EvaluationCase>();
        foreach (var label in labels)
        {
            if (!RiskTiers.TryParse(label.Tier, out var expected))
            {
                throw new InvalidDataException($"label {label.ItemId}: tier '{label.Tier}' is not floor, high, medium, low or none");
            }

            if (!byItem.TryGetValue(label.ItemId, out var score))
            {
                throw new InvalidDataException($"label {label.ItemId}: no such item among the scored topics");
            }

            var relevant = label.RelevantTo?.Contains(brand.Id, StringComparer.Ordinal) ?? false;
            var avoided = label.AvoidFor?.Contains(brand.Id, StringComparer.Ordinal) ?? false;
            var decision = ExpectedDecision.For(expected, relevant, avoided, brand);
            cases.Add(new EvaluationCase(label.ItemId, expected, decision, score.Risk.Tier, score.Decision, score));
        }

        return new EvaluationReport(cases);
    }
}
