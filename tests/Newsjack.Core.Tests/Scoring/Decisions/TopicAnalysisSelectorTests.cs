using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Decisions;

public sealed class TopicAnalysisSelectorTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");
    private static readonly BrandProfile Hair = BrandJson.Fixture("lumen-hair");

    private static readonly ScoringSubject Blackout = Subjects.Make("Super Bowl blackout", [
        "Power outage plunges Super Bowl into darkness for 34 minutes; no one was injured",
        "Lights out at the Superdome: Super Bowl halted by partial blackout",
    ], posts: ["lights out at the super bowl, time for snacks", "the blackout is the best part of the game lol"], hashtags: ["#SuperBowl", "#blackout"]);

    private static readonly ScoringSubject Oscars = Subjects.Make("Oscars red carpet hairstyles", [
        "Oscars 2026: the best hair and beauty looks from the red carpet",
    ], posts: ["that updo on the red carpet is everything"], hashtags: ["#Oscars"]);

    private static readonly ScoringSubject Chess = Subjects.Make("Chess championship", ["Norwegian grandmaster retains the world chess title"]);

    private static readonly ScoringSubject WhyIStayed = Subjects.Make("#WhyIStayed snacks", [], posts: [
        "#WhyIStayed because he said he would kill me if I left, cookie",
        "#WhyIStayed I thought the abuse was my fault",
        "I stayed because I had nowhere to go and no money #WhyIStayed",
    ], hashtags: ["#WhyIStayed"]);

    private static IReadOnlyList<TopicScore> Score(BrandProfile brand, params ScoringSubject[] subjects) =>
        BrandScorer.Default.ScoreAll(subjects, brand, Subjects.Now, []);

    [Fact]
    public void Relevant_topic_is_sent_once_with_its_id_and_label_first()
    {
        var documents = TopicAnalysisSelector.Select(Snack, Score(Snack, Blackout, Chess));

        var document = Assert.Single(documents);
        Assert.Equal(Blackout.Id, document.Id);
        Assert.StartsWith("Super Bowl blackout\nPower outage plunges Super Bowl", document.Text, StringComparison.Ordinal);
        Assert.Contains("lights out at the super bowl, time for snacks", document.Text, StringComparison.Ordinal);
        Assert.Equal(AnalysisKinds.Sentiment, document.Kinds);
    }

    [Fact]
    public void Floor_topics_are_never_sent_even_when_relevant()
    {
        var scores = Score(Snack, WhyIStayed);
        Assert.Equal(RiskTier.Floor, scores[0].Risk.Tier);
        Assert.True(scores[0].Relevance.Score >= Snack.RelevanceThreshold, "the fixture must be relevant so only the floor rule excludes it");

        Assert.Empty(TopicAnalysisSelector.Select(Snack, scores));
    }

    [Fact]
    public void Topics_below_every_brands_threshold_are_never_sent()
    {
        Assert.Empty(TopicAnalysisSelector.Select([(Snack, Score(Snack, Chess)), (Hair, Score(Hair, Chess))]));
    }

    [Fact]
    public void Each_topic_is_sent_at_most_once_per_window_whatever_the_brands_and_runs()
    {
        var hairRun = Score(Hair, Oscars, Chess);
        var documents = TopicAnalysisSelector.Select([(Snack, Score(Snack, Blackout, Chess)), (Hair, hairRun), (Hair, hairRun)]);

        Assert.Equal(new[] { Blackout.Id, Oscars.Id }.Order(StringComparer.Ordinal), documents.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_loud_topic_is_still_one_text_record()
    {
        var loud = Subjects.Make("Super Bowl blackout", [.. Enumerable.Range(0, 50).Select(i => $"Super Bowl blackout story {i}: " + new string('x', 900))],
            posts: [.. Enumerable.Range(0, 5000).Select(i => $"super bowl snacks in the dark {i}")], hashtags: ["#SuperBowl"]);

        var document = TopicAnalysisDocument.Build(loud);

        Assert.InRange(document.Text.Length, 500, TopicAnalysisDocument.MaxCharacters);
        Assert.Equal(1, TextRecords.Count(document.Text));
    }
}
