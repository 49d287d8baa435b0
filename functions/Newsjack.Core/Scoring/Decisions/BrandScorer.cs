using Newsjack.Core.Approvals.Learning;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>Scores topics for one brand: relevance, risk, decision, then alert-fatigue controls for cards.</summary>
public sealed class BrandScorer(RelevanceScorer relevance, RiskEngine risk, AlertFatigueOptions fatigue)
{
    public static BrandScorer Default { get; } = new(RelevanceScorer.Default, RiskEngine.Default, AlertFatigueOptions.Default);

    public TopicScore Score(ScoringSubject subject, BrandProfile brand, DateTimeOffset now) =>
        ScoreAll([subject], brand, now, [])[0];

    /// <summary>
    /// Scores every subject; cards are gated in order of relevance, each one sent counting against the daily
    /// limit and cooldown of the next, so a burst of stories yields at most maxCardsPerDay cards.
    /// <paramref name="analyses"/> (by subject id) may only raise risk and add reasons; without them scoring is purely local.
    /// <paramref name="similarities"/> (embedding similarity to the brand, by subject id) may only raise relevance.
    /// <paramref name="learned"/> (what the brand's approvers rejected repeatedly) may only lower it, with a reason.
    /// <paramref name="readings"/> (the risk-meaning classifier's, by subject id) may only raise risk (MeaningSettlement).
    /// In a story of high or floor risk the brand's and competitors' names count toward risk, not relevance.
    /// </summary>
    public IReadOnlyList<TopicScore> ScoreAll(
        IReadOnlyList<ScoringSubject> subjects,
        BrandProfile brand,
        DateTimeOffset now,
        IReadOnlyList<SentCard> history,
        IReadOnlyDictionary<string, TextAnalysisResult>? analyses = null,
        IReadOnlyDictionary<string, double>? similarities = null,
        LearnedDamping? learned = null,
        IReadOnlyDictionary<string, MeaningReading>? readings = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        // Every topic is judged with what the rest of the window says about its people and places.
        var context = risk.ContextOf(subjects, readings);
        var judged = subjects.Select(s =>
        {
            var analysis = analyses?.GetValueOrDefault(s.Id);
            var reading = readings?.GetValueOrDefault(s.Id);
            var assessment = AnalysisRisk.Raise(MeaningSettlement.Settle(risk.Assess(s, brand, now, context), reading), analysis);
            var rel = relevance.Score(
                s, brand, now, similarities?.TryGetValue(s.Id, out var sim) == true ? sim : null, assessment.Tier >= RiskTier.High);
            assessment = MeaningSettlement.SettleNamed(assessment, reading, rel.Mentions);
            rel = learned?.Apply(s, rel) ?? rel;
            var (decision, reasons) = DecisionMaker.Decide(rel, assessment, brand);
            return new TopicScore(s, rel, assessment, decision, [.. reasons, .. AnalysisReasons.For(analysis)], null);
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
