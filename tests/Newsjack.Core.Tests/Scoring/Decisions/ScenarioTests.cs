using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Decisions;

/// <summary>The DEVELOPERS.md cases: the famous wins must be suggested, the famous failures never.</summary>
public sealed class ScenarioTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");
    private static readonly BrandProfile Hair = BrandJson.Fixture("lumen-hair");
    private static readonly BrandProfile Airline = BrandJson.Fixture("skyway-air");

    public static TheoryData<string> BrandIds => new(["snapwell-snacks", "lumen-hair", "skyway-air"]);

    private static TopicScore Score(ScoringSubject subject, BrandProfile brand) => BrandScorer.Default.Score(subject, brand, Subjects.Now);

    [Fact]
    public void Stadium_blackout_is_suggested_to_a_snack_brand()
    {
        var blackout = Subjects.Make("Super Bowl blackout", [
            "Power outage plunges Super Bowl into darkness for 34 minutes; no one was injured",
            "Lights out at the Superdome: Super Bowl halted by partial blackout",
        ], posts: ["lights out at the super bowl, time for snacks", "the blackout is the best part of the game lol", "who turned off the Super Bowl"],
        hashtags: ["#SuperBowl", "#blackout"]);

        var score = Score(blackout, Snack);

        Assert.Equal(Decision.Suggest, score.Decision);
        Assert.Contains(score.Reasons, r => r.StartsWith("matched brand topics: super bowl", StringComparison.Ordinal));
    }

    [Fact]
    public void Oscars_red_carpet_is_suggested_to_a_haircare_brand()
    {
        var oscars = Subjects.Make("Oscars red carpet hairstyles", [
            "Oscars 2026: the best hair and beauty looks from the red carpet",
            "Red carpet hairstyles steal the show at the Academy Awards",
        ], posts: ["that updo on the red carpet is everything", "she killed it tonight, the curls!", "want that hair #Oscars"], hashtags: ["#Oscars"]);

        var score = Score(oscars, Hair);

        Assert.Equal(Decision.Suggest, score.Decision);
        Assert.Equal(RiskTier.None, score.Risk.Tier);
        Assert.Contains("red carpet", score.Relevance.MatchedTerms);
    }

    [Fact]
    public void Bending_phone_is_suggested_to_a_snack_brand_at_medium_risk()
    {
        var bendgate = Subjects.Make("iPhone bends in pocket", [
            "Users complain new iPhone 6 Plus bends in their pockets",
            "Bendgate: photos show phones bending after a day in jeans",
        ], posts: ["my new phone is bending lol", "#bendgate is the funniest thing this week", "snap, don't bend"], hashtags: ["#bendgate"]);

        var score = Score(bendgate, Snack);

        Assert.Equal(RiskTier.Medium, score.Risk.Tier);
        Assert.Equal(Decision.Suggest, score.Decision);
        Assert.NotEmpty(score.Risk.Categories.Single(c => c.Tier == RiskTier.Medium).Evidence);
    }

    [Theory]
    [MemberData(nameof(BrandIds))]
    public void WhyIStayed_is_floor_for_every_brand_because_of_its_posts(string brandId)
    {
        var brand = BrandJson.Fixture(brandId);
        var tag = Subjects.Make("#WhyIStayed", [], posts: [
            "#WhyIStayed because he said he would kill me if I left",
            "#WhyIStayed I thought the abuse was my fault",
            "I stayed because I had nowhere to go and no money #WhyIStayed",
            "#WhyIStayed he hit me and then cried and promised it would never happen again",
            "#WhyIStayed because I was ashamed and afraid",
        ], hashtags: ["#WhyIStayed"]);

        var score = Score(tag, brand);

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.False(score.Decision.SendsCard());
        Assert.Contains(score.Risk.Categories, c => c.Id == RiskCategories.CrimeHarmfulActs && c.Evidence.Any(e => e.Contains("under #WhyIStayed", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(BrandIds))]
    public void Hurricane_Sandy_is_floor_for_every_brand(string brandId)
    {
        var sandy = Subjects.Make("Hurricane Sandy", [
            "Hurricane Sandy makes landfall in New Jersey; millions without power",
            "Sandy: death toll rises as storm floods New York subway; stay indoors, officials say",
        ], posts: ["stuck at home during #Sandy, stay safe everyone", "no power, bored, shopping online #HurricaneSandy"], hashtags: ["#Sandy"]);

        var score = Score(sandy, BrandJson.Fixture(brandId));

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.False(score.Decision.SendsCard());
    }

    [Theory]
    [MemberData(nameof(BrandIds))]
    public void Cairo_uprising_is_floor_for_every_brand(string brandId)
    {
        var cairo = Subjects.Make("#Cairo", [
            "Egypt protests: clashes in Tahrir Square as police fire tear gas",
            "Cairo: dozens killed as the uprising against Mubarak enters its fifth day",
        ], posts: ["Millions are in uproar in #Cairo", "praying for everyone in #Cairo tonight"], hashtags: ["#Cairo"]);

        var score = Score(cairo, BrandJson.Fixture(brandId));

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.Equal(RiskCategories.DeathInjuryConflict, score.Risk.Categories[0].Id);
        Assert.False(score.Decision.SendsCard());
    }

    [Fact]
    public void World_Cup_result_may_be_suggested_to_an_airline_but_never_with_mockery()
    {
        var worldCup = Subjects.Make("Netherlands knock Mexico out of the World Cup", [
            "World Cup: Netherlands beat Mexico 2-1 with late penalty; Mexico knocked out",
            "Dutch fans celebrate as Mexico crash out of the World Cup in Fortaleza",
        ], posts: ["what a game! #NEDMEX", "heartbreak for Mexico fans tonight", "fans flying home after the World Cup"], hashtags: ["#NEDMEX"]);

        var score = Score(worldCup, Airline);

        Assert.Equal(Decision.Suggest, score.Decision);
        Assert.Contains(score.Reasons, r => r.Contains("never mock a nation", StringComparison.Ordinal));
        Assert.NotEmpty(ToneGuard.Default.CheckDraft("Adios Amigos! #NEDMEX", topicIsALoss: true));
        Assert.NotEmpty(ToneGuard.Default.CheckDraft("Bye bye Mexico 👋", topicIsALoss: false));
        Assert.Empty(ToneGuard.Default.CheckDraft("Congratulations to the Dutch team! Fans, we'll fly you home safely.", topicIsALoss: true));
    }

    [Fact]
    public void Topic_irrelevant_to_the_brand_is_ignored_even_when_safe()
    {
        var chess = Subjects.Make("Chess championship", ["Norwegian grandmaster retains the world chess title"]);

        Assert.Equal(Decision.Ignore, Score(chess, Hair).Decision);
    }

    [Fact]
    public void Avoid_list_suppresses_a_relevant_safe_topic()
    {
        var drug = Subjects.Make("Hair loss drug approved", ["Regulator approves new hair loss drug for men; shampoo makers watch closely"]);

        var score = Score(drug, Hair);

        Assert.Equal(Decision.Suppress, score.Decision);
        Assert.Contains(score.Reasons, r => r.StartsWith("avoid 'hair loss drug'", StringComparison.Ordinal));
    }
}
