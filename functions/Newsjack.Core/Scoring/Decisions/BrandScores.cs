using Newsjack.Core.Brands;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>One brand's decisions on a set of topics, after the alert-fatigue gate, in the order scored.</summary>
public sealed record BrandScores(BrandProfile Brand, IReadOnlyList<TopicScore> Scores)
{
    /// <summary>The suggest and review decisions the gate let through: the ones that become cards.</summary>
    public IReadOnlyList<TopicScore> LetThrough =>
        [.. Scores.Where(s => s.Decision.SendsCard() && s.Delivery is { Action: not DeliveryAction.Skip })];

    public int Count(Decision decision) => Scores.Count(s => s.Decision == decision);
}
