using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Relevance;

public sealed class SemanticRelevanceTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");

    private static readonly ScoringSubject Blackout = Subjects.Make("Super Bowl blackout", [
        "Power outage plunges Super Bowl into darkness for 34 minutes; no one was injured",
        "Lights out at the Superdome: Super Bowl halted by partial blackout",
    ], posts: ["lights out at the super bowl, time for snacks", "the blackout is the best part of the game lol"], hashtags: ["#SuperBowl", "#blackout"]);

    private static readonly ScoringSubject Chess = Subjects.Make("Chess championship", ["Norwegian grandmaster retains the world chess title"]);

    private static readonly ScoringSubject WhyIStayed = Subjects.Make("#WhyIStayed snacks", [], posts: [
        "#WhyIStayed because he said he would kill me if I left, cookie",
        "#WhyIStayed I thought the abuse was my fault",
        "I stayed because I had nowhere to go and no money #WhyIStayed",
    ], hashtags: ["#WhyIStayed"]);

    private static IReadOnlyList<TopicScore> Score(IReadOnlyDictionary<string, double>? similarities, params ScoringSubject[] subjects) =>
        BrandScorer.Default.ScoreAll(subjects, Snack, Subjects.Now, [], null, similarities);

    private static string Risk(TopicScore score) =>
        $"{score.Risk.Tier}: {string.Join(" | ", score.Risk.Categories.Select(c => $"{c.Id} {c.Tier} {string.Join(", ", c.Evidence)}"))}";

    private static Dictionary<string, double> All(double similarity, params ScoringSubject[] subjects) =>
        subjects.ToDictionary(s => s.Id, _ => similarity);

    [Fact]
    public void Without_similarities_scores_reasons_and_decisions_are_unchanged()
    {
        var plain = BrandScorer.Default.ScoreAll([Blackout, Chess, WhyIStayed], Snack, Subjects.Now, []);
        var empty = Score(new Dictionary<string, double>(), Blackout, Chess, WhyIStayed);

        Assert.Equal(plain.Select(s => (s.Relevance.Score, s.Decision, string.Join("|", s.Reasons))), empty.Select(s => (s.Relevance.Score, s.Decision, string.Join("|", s.Reasons))));
        Assert.All(empty, s => Assert.DoesNotContain(s.Reasons, r => r.StartsWith("semantic", StringComparison.Ordinal)));
    }

    [Fact]
    public void High_similarity_raises_relevance_by_at_most_the_cap_and_names_the_similarity()
    {
        var plain = Score(null, Chess, Blackout);
        var similar = Score(All(0.71, Chess, Blackout), Chess, Blackout);
        var identical = Score(All(1.0, Chess), Chess)[0];

        for (var i = 0; i < plain.Count; i++)
        {
            var raised = similar[i].Relevance.Score - plain[i].Relevance.Score;
            Assert.InRange(raised, 0.001, SemanticRelevance.MaxBoost);
            Assert.InRange(similar[i].Relevance.Score, 0, 1);
            Assert.Contains("semantic similarity 0.71 to the brand profile (+0.11)", similar[i].Relevance.Reasons);
        }

        // Chess has no local fit: the boost is all it gets (0.71 → +0.11, 1.0 → the full cap).
        Assert.Equal(plain[0].Relevance.Score + 0.111, similar[0].Relevance.Score, 3);
        Assert.Equal(plain[0].Relevance.Score + SemanticRelevance.MaxBoost, identical.Relevance.Score, 3);
    }

    [Fact]
    public void Similarity_at_or_below_the_floor_adds_nothing()
    {
        var plain = Score(null, Blackout)[0];
        var weak = Score(All(SemanticRelevance.Floor, Blackout), Blackout)[0];

        Assert.Equal(plain.Relevance.Score, weak.Relevance.Score);
        Assert.Contains("semantic similarity 0.35 to the brand profile (+0.00)", weak.Relevance.Reasons);
    }

    [Fact]
    public void Similarity_never_changes_risk_or_turns_a_floor_topic_into_a_suggestion()
    {
        var plain = Score(null, WhyIStayed)[0];
        var similar = Score(All(1.0, WhyIStayed), WhyIStayed)[0];

        Assert.Equal(RiskTier.Floor, plain.Risk.Tier);
        Assert.Equal(Risk(plain), Risk(similar));
        Assert.True(similar.Relevance.Score >= Snack.RelevanceThreshold, "the boost must lift the topic over the threshold for this test to bite");
        Assert.Equal(Decision.Suppress, similar.Decision);
    }

    [Fact]
    public void A_topic_whose_meaning_is_unrelated_gets_half_of_its_brand_topic_match_and_is_told_why()
    {
        // "Dunk" in another sense: a word the brand listed, in a story about something else.
        var dunk = Subjects.Make("Rookie's last-second dunk wins the game", ["Rookie's last-second dunk wins the game for the visitors"]);
        var related = Score(All(0.2, dunk), dunk)[0];
        var unrelated = Score(All(0.02, dunk), dunk)[0];

        Assert.True(related.Relevance.Score >= Snack.RelevanceThreshold, $"a card at similarity 0.2: {related.Relevance.Score}");
        Assert.Equal(Decision.Ignore, unrelated.Decision);
        Assert.Equal(related.Relevance.Fit * SemanticRelevance.UnrelatedCredit, unrelated.Relevance.Fit, 3);
        Assert.Equal(related.Relevance.Score, unrelated.Relevance.ByWords, 3); // what the words alone give is kept
        Assert.Contains(unrelated.Relevance.Reasons, r => r.StartsWith("the words match but not the meaning (semantic similarity 0.02, below 0.05)", StringComparison.Ordinal));
        Assert.DoesNotContain(related.Relevance.Reasons, r => r.StartsWith("the words match", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brand_or_competitor_named_counts_in_full_whatever_the_topic_means()
    {
        var named = Subjects.Make("Crumbco opens a new factory", ["Crumbco opens a new factory in the north"]);
        var related = Score(All(0.2, named), named)[0];
        var unrelated = Score(All(0.02, named), named)[0];

        Assert.Equal(related.Relevance.Score, unrelated.Relevance.Score);
        Assert.DoesNotContain(unrelated.Relevance.Reasons, r => r.StartsWith("the words match", StringComparison.Ordinal));
    }
}
