using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Scoring.Relevance;

public sealed class RelevanceScorerTests
{
    private static readonly Core.Brands.BrandProfile Hair = BrandJson.Fixture("lumen-hair");

    [Fact]
    public void Phrases_match_through_inflection_and_hashtags()
    {
        var subject = Subjects.Make("Awards night", ["Stars walk the red carpets in bold curly hairstyles"], hashtags: ["#RedCarpet"]);

        var result = RelevanceScorer.Default.Score(subject, Hair, Subjects.Now);

        Assert.Contains("red carpet", result.MatchedTerms);
        Assert.Contains("hairstyle", result.MatchedTerms);
    }

    [Fact]
    public void Every_contributing_term_is_named_in_the_reasons()
    {
        var subject = Subjects.Make("Frizz season", ["Humidity brings frizz: Glossier Hair Co and others launch serums"]);

        var result = RelevanceScorer.Default.Score(subject, Hair, Subjects.Now);

        Assert.Contains(result.Reasons, r => r.StartsWith("matched brand topics: ", StringComparison.Ordinal) && r.Contains("frizz (0.70), humidity (0.40)", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.StartsWith("competitor mentioned: Glossier Hair Co", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.StartsWith("momentum: 4.0 sigma", StringComparison.Ordinal));
    }

    [Fact]
    public void More_matched_topics_score_higher_but_never_above_one()
    {
        var one = RelevanceScorer.Default.Score(Subjects.Make("a", ["Humidity rises this week"]), Hair, Subjects.Now);
        var many = RelevanceScorer.Default.Score(Subjects.Make("b", ["Humidity rises: beat the frizz and keep your curls"]), Hair, Subjects.Now);

        Assert.True(many.Score > one.Score);
        Assert.InRange(many.Score, 0, 1);
    }

    [Fact]
    public void Stale_and_flat_topics_score_lower_than_fresh_surging_ones()
    {
        var fresh = Subjects.Make("Curls", ["Curly hair trend surges"], sigma: 5);
        var stale = fresh with { MomentumSigma = 0, LastSeen = Subjects.Now.AddHours(-24) };

        Assert.True(RelevanceScorer.Default.Score(fresh, Hair, Subjects.Now).Score > RelevanceScorer.Default.Score(stale, Hair, Subjects.Now).Score + 0.2);
    }

    [Fact]
    public void Unrelated_topic_scores_zero()
    {
        var result = RelevanceScorer.Default.Score(Subjects.Make("Chess", ["Grandmaster wins the title"]), Hair, Subjects.Now);

        Assert.Equal(0, result.Score);
        Assert.Empty(result.MatchedTerms);
    }

    [Fact]
    public void Words_of_a_phrase_near_each_other_in_another_order_get_partial_credit()
    {
        var strict = RelevanceScorer.Default.Score(Subjects.Make("x", ["Walking the red carpet"]), Hair, Subjects.Now);
        var loose = RelevanceScorer.Default.Score(Subjects.Make("x", ["The carpet, all red, was lovely"]), Hair, Subjects.Now);

        Assert.Contains("red carpet", loose.MatchedTerms);
        Assert.True(loose.Fit < strict.Fit);
    }
}
