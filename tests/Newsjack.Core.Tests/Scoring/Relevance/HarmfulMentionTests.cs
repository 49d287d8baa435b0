using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Scoring.Relevance;

/// <summary>A brand or competitor named in a harmful story: a risk for the brand, never a reason to suggest it.</summary>
public sealed class HarmfulMentionTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");

    [Fact]
    public void A_competitor_named_in_a_deadly_story_adds_no_relevance_and_is_reported_as_a_mention()
    {
        var deadly = Subjects.Make("Explosion at Crumbco factory", ["Explosion at Crumbco factory kills three workers, police say"]);

        var score = BrandScorer.Default.Score(deadly, Snack, Subjects.Now);

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.Contains("Crumbco", score.Relevance.Mentions);
        Assert.DoesNotContain("Crumbco", score.Relevance.MatchedTerms);
        Assert.Contains(score.Relevance.Reasons, r => r.StartsWith("named in a harmful story: Crumbco", StringComparison.Ordinal));
        Assert.False(score.Decision.SendsCard());
    }

    [Fact]
    public void A_competitor_named_in_a_harmless_story_still_counts_toward_relevance()
    {
        var launch = Subjects.Make("Crumbco launches a new flavour", ["Crumbco launches chili-mango crisps for the summer"]);

        var score = BrandScorer.Default.Score(launch, Snack, Subjects.Now);

        Assert.Equal(RiskTier.None, score.Risk.Tier);
        Assert.Contains("Crumbco", score.Relevance.MatchedTerms);
        Assert.Contains("Crumbco", score.Relevance.Mentions);
        Assert.DoesNotContain(score.Relevance.Reasons, r => r.StartsWith("named in a harmful story", StringComparison.Ordinal));
    }
}
