using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Scoring.SecondOpinion;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Scoring.SecondOpinion;

public sealed class SecondOpinionTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");

    [Theory]
    [InlineData("""{"category": "death_injury_conflict", "tier": "floor", "reason": "a vigil"}""", "death_injury_conflict", RiskTier.Floor, "a vigil")]
    [InlineData("Here you go:\n```json\n{\"category\": \"terrorism\", \"tier\": \"high\", \"reason\": \"an attack\"}\n```", "terrorism", RiskTier.High, "an attack")]
    [InlineData("""{"category": "none", "tier": "none"}""", "none", RiskTier.None, "")]
    public void The_rubric_answer_is_read_even_wrapped(string answer, string category, RiskTier tier, string reason)
    {
        Assert.Equal(new Opinion(category, tier, reason), SecondOpinionRubric.Parse(answer));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("looks fine to me")]
    [InlineData("""{"category": "grief", "tier": "floor"}""")]
    [InlineData("""{"category": "terrorism", "tier": "very high"}""")]
    [InlineData("""{"category": "terrorism"}""")]
    [InlineData("""{"category": "terrorism", "tier": 4}""")]
    [InlineData("{not json}")]
    public void An_answer_off_the_rubric_is_no_opinion(string? answer)
    {
        Assert.Null(SecondOpinionRubric.Parse(answer));
    }

    [Fact]
    public void The_rubric_asks_about_the_topic_text_and_names_the_decoys()
    {
        var subject = Subjects.Make("Fans gather for a vigil", ["Candles outside the stadium"]);

        var messages = SecondOpinionRubric.Messages(subject);

        Assert.Equal(2, messages.Count);
        Assert.Contains("killing it", messages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Fans gather for a vigil\nCandles outside the stadium", messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opinion_raises_risk_and_the_decision_with_its_evidence()
    {
        var score = BrandScorer.Default.Score(Subjects.Make("Cookie tribute for Nell Harte", ["Fans leave cookies outside the bakery"]), Snack, Subjects.Now);
        Assert.Equal(Decision.Suggest, score.Decision);

        var raised = SecondOpinionRisk.Apply(score, Snack, new Opinion("death_injury_conflict", RiskTier.Floor, "remembers a singer who died"));

        Assert.Equal(RiskTier.Floor, raised.Risk.Tier);
        Assert.Equal(Decision.Suppress, raised.Decision);
        Assert.Null(raised.Delivery);
        Assert.Contains("second opinion: reads as death_injury_conflict (floor): remembers a singer who died", raised.Reasons);
        Assert.DoesNotContain(raised.Reasons, r => r.StartsWith("delivery:", StringComparison.Ordinal));
        var category = Assert.Single(raised.Risk.Categories, c => c.Id == RiskCategories.DeathInjuryConflict);
        Assert.Equal(RiskTier.Floor, category.Tier);
    }

    [Fact]
    public void An_opinion_never_lowers_risk_or_changes_a_score_it_does_not_raise()
    {
        var score = BrandScorer.Default.Score(Subjects.Make("Shooting outside the cookie factory", ["Two people were shot dead outside the cookie factory"]), Snack, Subjects.Now);
        var worst = score.Risk.Categories[0];
        Assert.True(worst.Tier >= RiskTier.High, "the local scorer must see the shooting for this test to bite");

        Assert.Same(score, SecondOpinionRisk.Apply(score, Snack, new Opinion("none", RiskTier.None, "a cheerful product story")));
        Assert.Same(score, SecondOpinionRisk.Apply(score, Snack, new Opinion(worst.Id, worst.Tier.Lower(), "milder")));
        Assert.Same(score, SecondOpinionRisk.Apply(score, Snack, new Opinion(worst.Id, RiskTier.None, "safe")));
        Assert.Same(score, SecondOpinionRisk.Apply(score, Snack, null));
    }
}
