using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Scoring.Risk;

public sealed class RiskEngineTests
{
    private static readonly Core.Brands.BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");

    [Fact]
    public void Harmless_looking_tag_whose_posts_are_testimonies_is_floor()
    {
        var posts = Enumerable.Range(0, 20).Select(i => i % 4 == 0 ? "I stayed because he choked me and said it was love" : "#MyStory thank you all for listening").ToArray();

        var risk = RiskEngine.Default.Assess(Subjects.Make("#MyStory", [], posts, ["#MyStory"]), Snack, Subjects.Now);

        Assert.Equal(RiskTier.Floor, risk.Tier);
        Assert.Contains("5 of 20 posts under #MyStory", risk.Categories[0].Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void One_stray_dark_post_in_a_happy_topic_is_not_floor()
    {
        var posts = Enumerable.Range(0, 30).Select(i => i == 7 ? "this halftime show is so bad someone got killed on stage lol" : "best halftime show ever, snacks ready").ToArray();

        var risk = RiskEngine.Default.Assess(Subjects.Make("Halftime show", ["Halftime show dazzles the Super Bowl crowd"], posts), Snack, Subjects.Now);

        Assert.Equal(RiskTier.Medium, risk.Tier);
    }

    [Fact]
    public void Anniversary_day_in_the_brand_zone_raises_every_topic_and_floors_mentions()
    {
        var nineEleven = new DateTimeOffset(2026, 9, 11, 14, 0, 0, TimeSpan.Zero);
        var cookies = Subjects.Make("Cookie launch", ["New cookie flavour launches today"]);
        var memorial = Subjects.Make("Ground Zero memorial", ["Crowds gather at Ground Zero memorial pools"]);

        var plain = RiskEngine.Default.Assess(cookies, Snack, nineEleven);
        var mention = RiskEngine.Default.Assess(memorial, Snack, nineEleven);

        Assert.Equal(RiskTier.Medium, plain.Tier);
        Assert.Equal("today (Sep 11) is the anniversary of the September 11 attacks", plain.Categories[0].Evidence[0]);
        Assert.Equal(RiskTier.Floor, mention.Tier);
        Assert.Equal(RiskTier.None, RiskEngine.Default.Assess(cookies, Snack, nineEleven.AddDays(1)).Tier);
    }

    [Fact]
    public void Misinformation_signals_are_flagged()
    {
        var risk = RiskEngine.Default.Assess(Subjects.Make("Viral cookie claim", ["Viral claim that cookies cure colds is a hoax, fact-checkers say"]), Snack, Subjects.Now);

        Assert.Equal(RiskCategories.Misinformation, risk.Categories[0].Id);
        Assert.Equal(RiskTier.High, risk.Tier);
    }

    [Fact]
    public void Grieving_posts_raise_risk_even_without_lexicon_words()
    {
        var posts = Enumerable.Range(0, 10).Select(_ => "so sad and heartbroken, I can't stop crying").ToArray();

        var risk = RiskEngine.Default.Assess(Subjects.Make("Stadium", ["Stadium news"], posts), Snack, Subjects.Now);

        Assert.Contains(risk.Categories, c => c.Id == RiskCategories.SensitiveSocialIssues && c.Evidence[0].StartsWith("posts are strongly negative", StringComparison.Ordinal));
    }

    [Fact]
    public void Worst_category_sets_the_tier()
    {
        var risk = RiskEngine.Default.Assess(Subjects.Make("Mixed", ["Brewery recalls beer after explosion kills worker"]), Snack, Subjects.Now);

        Assert.Equal(RiskTier.Floor, risk.Tier);
        Assert.Equal(risk.Categories.Max(c => c.Tier), risk.Tier);
        Assert.True(risk.Categories.Count >= 3);
    }
}
