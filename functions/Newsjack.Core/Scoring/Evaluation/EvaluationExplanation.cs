using System.Globalization;
using System.Text;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Evaluation;

/// <summary>
/// `eval --explain`: every floor leak, missed opportunity and false card, each with the item, the topic that held
/// it and the scorer's own reasons, so a wrong judgement can be traced to relevance, risk or grouping.
/// </summary>
public static class EvaluationExplanation
{
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Section(text, "LEAK", "floor leaks (a floor item got a card)", report.FloorLeaks);
        Section(text, "MISS", "missed opportunities (should get a card, did not)", report.MissedOpportunities);
        Section(text, "FALSE", "false cards (got a card, should not)", [.. report.FalseCards.Where(c => c.ExpectedTier != RiskTier.Floor)]);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string tag, string title, IReadOnlyList<EvaluationCase> cases)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {cases.Count}");
        foreach (var c in cases)
        {
            var topic = c.Topic;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{tag} {c.ItemId}: expected {c.Expected.ToId()} (tier {c.ExpectedTier.ToId()}), got {c.Predicted.ToId()} (tier {c.PredictedTier.ToId()}, relevance {topic.Relevance.Score:0.00}) [{Cause(c)}]");
            text.AppendLine(CultureInfo.InvariantCulture, $"    item: {c.ItemText}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    topic {topic.Subject.Id} \"{topic.Subject.Label}\": {topic.Subject.Items.Count} items, {topic.Subject.Posts.Count} posts");
            foreach (var reason in topic.Reasons)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    - {reason}");
            }
        }
    }

    /// <summary>Which judgement went wrong: risk too low or too high, relevance, or the alert-fatigue gate.</summary>
    private static string Cause(EvaluationCase c)
    {
        if (c.Expected == Decision.Ignore && c.Predicted.SendsCard())
        {
            return "relevant by words only";
        }

        if (c.PredictedTier < c.ExpectedTier)
        {
            return "risk too low";
        }

        if (c.PredictedTier > c.ExpectedTier && !c.Predicted.SendsCard() && c.Predicted != Decision.Ignore)
        {
            return c.PredictedTier == RiskTier.Floor ? "false floor" : "risk too high";
        }

        if (c.Opportunity && c.Predicted == Decision.Ignore)
        {
            return "not relevant enough";
        }

        return c.Predicted == c.Expected ? "held by the gate" : "decision rule";
    }
}
