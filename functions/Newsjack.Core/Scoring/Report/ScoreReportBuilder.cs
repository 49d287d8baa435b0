using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Scoring.Report;

/// <summary>Shapes topic scores into the contract's `newsjack score` output.</summary>
public static class ScoreReportBuilder
{
    public static ScoreReport Build(string brandId, DateTimeOffset now, IReadOnlyList<Topic> topics, IReadOnlyList<TopicScore> scores)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(scores);
        var result = new List<ScoredTopic>();
        for (var i = 0; i < topics.Count; i++)
        {
            var (topic, score) = (topics[i], scores[i]);
            var risk = new ScoredRisk(score.Risk.Tier.ToId(), [.. score.Risk.Categories.Select(c => new ScoredCategory(c.Id, c.Tier.ToId(), c.Evidence))]);
            var delivery = score.Delivery is { } d ? new ScoredDelivery(d.Action.ToString().ToLowerInvariant(), d.NotBefore) : null;
            result.Add(new ScoredTopic(topic.Id, topic.Label, topic.ItemIds, topic.PostCount, score.Relevance.Score, risk,
                score.Decision.ToId(), score.Reasons, delivery));
        }

        return new ScoreReport(brandId, now, result);
    }
}
