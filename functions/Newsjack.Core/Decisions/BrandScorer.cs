using Newsjack.Core.Brands;
using Newsjack.Core.Relevance;
using Newsjack.Core.Risk;

namespace Newsjack.Core.Decisions;

/// <summary>Scores topics for one brand: relevance, risk, decision, then alert-fatigue controls for cards.</summary>
public sealed class BrandScorer(RelevanceScorer relevance, RiskEngine risk, AlertFatigueOptions fatigue)
{
    public static BrandScorer Default { get; } = new(RelevanceScorer.Default, RiskEngine.Default, AlertFatigueOptions.Default);

    public TopicScore Score(ScoringSubject subject, BrandProfile brand, DateTimeOffset now) =>
        ScoreAll([subject], brand, now, [])[0];

    /// <summary>
    /// Scores every subject; cards are gated in order of relevance, each one sent counting against the daily
    /// limit and cooldown of the next, so a burst of stories yields at most maxCardsPerDay cards.
    /// </summary>
    public IReadOnlyList<TopicScore> ScoreAll(IReadOnlyList<ScoringSubject> subjects, BrandProfile brand, DateTimeOffset now, IReadOnlyList<SentCard> history)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var judged = subjects.Select(s =>
        {
            var rel = relevance.Score(s, brand, now);
            var assessment = risk.Assess(s, brand, now);
            var (decision, reasons) = DecisionMaker.Decide(rel, assessment, brand);
            return new TopicScore(s, rel, assessment, decision, reasons, null);
        }).ToList();

        var sent = new List<SentCard>(history);
        foreach (var i in Enumerable.Range(0, judged.Count).Where(i => judged[i].Decision.SendsCard()).OrderByDescending(i => judged[i].Relevance.Score))
        {
            var delivery = AlertFatigueGate.Check(judged[i].Subject, brand, now, sent, fatigue);
            judged[i] = judged[i] with { Delivery = delivery, Reasons = [.. judged[i].Reasons, $"delivery: {delivery.Reason}"] };
            if (delivery.Action != DeliveryAction.Skip)
            {
                sent.Add(new SentCard(brand.Id, judged[i].Subject.Id, judged[i].Subject.Label, now, judged[i].Subject.MomentumSigma));
            }
        }

        return judged;
    }
}
