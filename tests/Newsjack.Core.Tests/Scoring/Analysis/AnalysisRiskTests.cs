using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Analysis;

public sealed class AnalysisRiskTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");

    private static readonly ScoringSubject Blackout = Subjects.Make("Super Bowl blackout", [
        "Power outage plunges Super Bowl into darkness for 34 minutes; no one was injured",
        "Lights out at the Superdome: Super Bowl halted by partial blackout",
    ], posts: ["lights out at the super bowl, time for snacks", "the blackout is the best part of the game lol"], hashtags: ["#SuperBowl", "#blackout"]);

    private static readonly ScoringSubject Sandy = Subjects.Make("Hurricane Sandy snacks", [
        "Hurricane Sandy makes landfall in New Jersey; millions without power",
        "Sandy: death toll rises as storm floods New York subway; stay indoors, officials say",
    ], posts: ["stuck at home during #Sandy with snacks, stay safe everyone"], hashtags: ["#Sandy"]);

    private static TextAnalysisResult Mood(string id, double positive, double negative, params TextEntity[] entities) =>
        new(id)
        {
            Sentiment = new DocumentSentiment(negative >= 0.5 ? SentimentLabel.Negative : SentimentLabel.Positive, positive, 1 - positive - negative, negative),
            Entities = entities,
        };

    private static TopicScore Score(ScoringSubject subject, TextAnalysisResult? analysis) =>
        BrandScorer.Default.ScoreAll([subject], Snack, Subjects.Now, [], analysis is null ? null : new Dictionary<string, TextAnalysisResult> { [subject.Id] = analysis })[0];

    private static IEnumerable<string> Categories(TopicScore score) =>
        score.Risk.Categories.Select(c => $"{c.Id} {c.Tier}: {string.Join(" | ", c.Evidence)}");

    [Fact]
    public void Clearly_negative_mood_raises_a_suggested_topic_to_medium_with_the_analyzer_as_evidence()
    {
        var local = Score(Blackout, null);
        Assert.True(local.Risk.Tier < RiskTier.Medium, "the fixture must start below medium");

        var analysed = Score(Blackout, Mood(Blackout.Id, 0.03, 0.82));

        Assert.Equal(RiskTier.Medium, analysed.Risk.Tier);
        var category = Assert.Single(analysed.Risk.Categories, c => c.Id == RiskCategories.SensitiveSocialIssues);
        Assert.Equal("analyzer: negative mood 0.82", category.Evidence[0]);
        Assert.Contains("sensitive_social_issues medium: analyzer: negative mood 0.82", analysed.Reasons);
    }

    [Fact]
    public void Negative_mood_turns_a_suggestion_into_a_review_for_a_low_tolerance_brand()
    {
        var cautious = Snack with { RiskTolerance = RiskTolerance.Low };
        var local = BrandScorer.Default.ScoreAll([Blackout], cautious, Subjects.Now, [])[0];
        var analysed = BrandScorer.Default.ScoreAll([Blackout], cautious, Subjects.Now, [],
            new Dictionary<string, TextAnalysisResult> { [Blackout.Id] = Mood(Blackout.Id, 0.03, 0.82) })[0];

        Assert.Equal(Decision.Suggest, local.Decision);
        Assert.Equal(Decision.Review, analysed.Decision);
    }

    [Fact]
    public void Positive_mood_never_lowers_a_tragedy()
    {
        var local = Score(Sandy, null);
        var analysed = Score(Sandy, Mood(Sandy.Id, 0.95, 0.01));

        Assert.True(local.Risk.Tier >= RiskTier.High, "the fixture must be high risk locally");
        Assert.Equal(local.Risk.Tier, analysed.Risk.Tier);
        Assert.Equal(Categories(local), Categories(analysed));
        Assert.Equal(local.Decision, analysed.Decision);
    }

    [Fact]
    public void Mildly_negative_mood_changes_no_tier()
    {
        Assert.Equal(Categories(Score(Blackout, null)), Categories(Score(Blackout, Mood(Blackout.Id, 0.2, 0.55))));
    }

    [Fact]
    public void Without_analysis_the_scores_are_identical_to_purely_local_scoring()
    {
        var before = BrandScorer.Default.ScoreAll([Blackout, Sandy], Snack, Subjects.Now, []);
        var after = BrandScorer.Default.ScoreAll([Blackout, Sandy], Snack, Subjects.Now, [], new Dictionary<string, TextAnalysisResult>());

        Assert.Equal(before.Select(s => (s.Decision, s.Risk.Tier, s.Relevance.Score)), after.Select(s => (s.Decision, s.Risk.Tier, s.Relevance.Score)));
        Assert.Equal(before.SelectMany(s => s.Reasons), after.SelectMany(s => s.Reasons));
    }

    [Fact]
    public void Entities_and_mood_are_added_as_reasons_and_other_entity_kinds_are_left_out()
    {
        var analysed = Score(Blackout, Mood(Blackout.Id, 0.6, 0.1,
            new TextEntity("Superdome", "Location", null, 0, 9, 0.9), new TextEntity("34 minutes", "Quantity", null, 0, 10, 0.9)));

        Assert.Contains("analyzer: sentiment positive (positive 0.60, negative 0.10)", analysed.Reasons);
        Assert.Contains("analyzer: mentions Superdome (Location)", analysed.Reasons);
        Assert.DoesNotContain(analysed.Reasons, r => r.Contains("Quantity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_analysis_says_so_and_changes_nothing_else()
    {
        var failed = new TextAnalysisResult(Blackout.Id) { Errors = [new(AnalysisKinds.Sentiment, AnalysisError.BudgetExceeded, "spent")] };

        var analysed = Score(Blackout, failed);

        Assert.Equal(Score(Blackout, null).Risk.Tier, analysed.Risk.Tier);
        Assert.Contains("analyzer: no sentiment (BudgetExceeded)", analysed.Reasons);
    }
}
