using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using static Newsjack.Core.Tests.Cards.CardBuilders;

namespace Newsjack.Core.Tests.Cards.Drafts;

public sealed class DraftSafetyTests
{
    private static IReadOnlyList<string> Reasons(string text, string brand = "skyway-air", RiskAssessment? topicRisk = null) =>
        DraftSafety.Default.Reasons(new DraftPost(DraftPlatform.X, text), BrandJson.Fixture(brand), Score(risk: topicRisk), Now);

    [Fact]
    public void Template_drafts_for_an_ordinary_topic_are_safe()
    {
        var drafts = TemplateDrafts.For(Hair, DraftSubject.From(Subject(), ["hair"]));

        var (safe, dropped) = DraftSafety.Default.Check(drafts, Hair, Score(), Now);

        Assert.Equal(3, safe.Count);
        Assert.Empty(dropped);
    }

    [Fact]
    public void Draft_mocking_a_nation_after_its_loss_is_dropped()
    {
        var loss = new RiskAssessment(RiskTier.None, [], [], ["tone: mexico lost; celebrate or help travellers, never mock a nation, its team or its fans"]);

        var reasons = Reasons("Adios amigos! Mexico is out of the World Cup, so fly home with us #FlySkyway", topicRisk: loss);

        Assert.Contains(reasons, r => r.StartsWith("draft mocks mexico", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Muslims and their holidays are a joke, lol. Fly with us instead #FlySkyway", "mocks or disparages a group: 'muslim'")]
    [InlineData("Hispanics pack like idiots. We pack light #FlySkyway", "mocks or disparages a group: 'hispanic'")]
    public void Draft_mocking_a_religion_or_ethnicity_is_dropped(string text, string reason) =>
        Assert.Contains(reason, Reasons(text));

    [Fact]
    public void Draft_touching_a_tragedy_is_dropped()
    {
        var reasons = Reasons("The hurricane killed dozens, but our storm-proof fares are to die for #FlySkyway");

        Assert.Contains(reasons, r => r.StartsWith("touches death_injury_conflict (floor)", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_insulting_a_competitor_is_dropped_but_naming_the_moment_is_not()
    {
        Assert.Contains("insults competitor Blue Horizon Airways", Reasons("Blue Horizon Airways is a joke: always late. We're on time #FlySkyway"));
        Assert.Empty(Reasons("Holiday ferries are booked out? We're on time to the coast #FlySkyway"));
    }

    [Fact]
    public void Draft_over_the_platform_limit_is_dropped()
    {
        var reasons = DraftSafety.Default.Reasons(new DraftPost(DraftPlatform.X, new string('a', 281)), Hair, Score(), Now);

        Assert.Contains("too long for X: 281 of 280 characters", reasons);
    }

    [Fact]
    public void No_safe_draft_means_no_card()
    {
        var brand = BrandJson.Fixture("skyway-air");
        var tragedy = Subject("Hurricane death toll rises to 40 as coast floods") with { Hashtags = [] };

        var outcome = Suggestions().Build("c-1", brand, Score(tragedy), Topic(tragedy.Label), BaseUrl, Now);

        Assert.False(outcome.Sent);
        Assert.StartsWith("no safe draft: touches death_injury_conflict (floor)", outcome.NotSentReason, StringComparison.Ordinal);
        Assert.Equal(3, outcome.Dropped.Count);
    }
}
