using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Evaluation;

/// <summary>One labelled item against what the pipeline decided for one brand, with the topic that decided it.</summary>
public sealed record EvaluationCase(string ItemId, RiskTier ExpectedTier, Decision Expected, RiskTier PredictedTier, Decision Predicted, TopicScore Topic)
{
    /// <summary>An opportunity is an item that should reach a person as a card (suggest, or review one tier over tolerance).</summary>
    public bool Opportunity => Expected.SendsCard();

    /// <summary>The labelled item's own text (title and summary), as the scorer saw it.</summary>
    public string ItemText => Topic.Subject.Items.FirstOrDefault(i => i.Id == ItemId)?.Text ?? "";
}
