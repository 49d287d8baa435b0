using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Risk;

/// <summary>
/// Story context: a topic inherits floor from what the rest of the window reports about its people, flights and
/// storms; settings ("Grand Final") do not carry it; a brand's soft statement about "the incident" is floor when the
/// brand is named in a casualty report; weak signs alone make a possible tragedy, suppressed with the reason shown.
/// </summary>
public sealed class StoryContextTests
{
    private static ScoringSubject Topic(string id, string text, string[]? posts = null, string[]? hashtags = null) => new()
    {
        Id = "t-" + id,
        Label = text,
        Items = [new SubjectText(id, text)],
        Posts = [.. (posts ?? []).Select((p, i) => new SubjectText($"{id}p{i}", p))],
        Hashtags = hashtags ?? [],
        MomentumSigma = 4,
        FirstSeen = Subjects.Now.AddHours(-2),
        LastSeen = Subjects.Now.AddMinutes(-10),
    };

    private static IReadOnlyList<TopicScore> Score(string brandId, params ScoringSubject[] window) =>
        BrandScorer.Default.ScoreAll(window, BrandJson.Fixture(brandId), Subjects.Now, []);

    private static IReadOnlyList<TopicScore> Score(string brandId, IReadOnlyDictionary<string, MeaningReading> readings, params ScoringSubject[] window) =>
        BrandScorer.Default.ScoreAll(window, BrandJson.Fixture(brandId), Subjects.Now, [], readings: readings);

    [Fact]
    public void A_tribute_worded_around_a_look_inherits_floor_from_the_death_reported_elsewhere()
    {
        var scores = Score("lumen-hair",
            Topic("d1", "Singer Ada Brook dies at 30. Her label confirmed the news on Monday."),
            Topic("d2", "Ada Brook's signature curls: the hairstyle fans copied for a decade. Stylists look back at her look."));

        var tribute = scores.Single(s => s.Subject.Id == "t-d2");
        Assert.Equal(RiskTier.Floor, tribute.Risk.Tier);
        Assert.Equal(Decision.Suppress, tribute.Decision);
        Assert.Contains(tribute.Reasons, r => r.Contains("story context: Ada Brook is in a casualty report elsewhere in this window", StringComparison.Ordinal)
            && r.Contains("(item d1)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_look_without_a_death_in_the_window_is_suggested()
    {
        var scores = Score("lumen-hair",
            Topic("d2", "Ada Brook's signature curls: the hairstyle fans copied for a decade. Stylists pick their favourite looks."));

        Assert.Equal(Decision.Suggest, scores.Single().Decision);
    }

    [Fact]
    public void A_setting_named_in_a_casualty_report_does_not_floor_other_stories()
    {
        var scores = Score("snapwell-snacks",
            Topic("g1", "Grand Final parade shooting leaves one dead. Police are searching for the gunman."),
            Topic("g2", "Grand Final snack sales soar as fans stock up on cookies. Retailers report record sales."));

        var snacks = scores.Single(s => s.Subject.Id == "t-g2");
        Assert.NotEqual(RiskTier.Floor, snacks.Risk.Tier);
        Assert.Equal(Decision.Suggest, snacks.Decision);
    }

    [Fact]
    public void A_flight_number_carries_the_loss_to_a_plain_follow_up()
    {
        var scores = Score("skyway-air",
            Topic("f1", "Airliner lost over the sea; no survivors expected from Flight QX9. Navy ships found debris."),
            Topic("f2", "Flight QX9: what we know so far about the route and the aircraft."));

        var followUp = scores.Single(s => s.Subject.Id == "t-f2");
        Assert.Equal(RiskTier.Floor, followUp.Risk.Tier);
        Assert.Contains(followUp.Reasons, r => r.Contains("story context: Flight Qx9", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brands_soft_statement_is_floor_when_the_brand_is_named_in_a_casualty_report_but_its_other_news_is_not()
    {
        var scores = Score("snapwell-snacks",
            Topic("b1", "Two workers killed in blast at Snapwell Snacks bakery. Fire crews worked through the night."),
            Topic("b2", "Snapwell Snacks statement on the incident: we are supporting the families of our colleagues and their cookies team."),
            Topic("b3", "Snapwell Snacks wafer bar wins snack of the year award. Judges loved the chocolate."));

        Assert.Equal(RiskTier.Floor, scores.Single(s => s.Subject.Id == "t-b2").Risk.Tier);
        Assert.Contains(scores.Single(s => s.Subject.Id == "t-b2").Reasons,
            r => r.Contains("story context: Snapwell Snacks is named in a casualty report in this window", StringComparison.Ordinal));
        Assert.NotEqual(RiskTier.Floor, scores.Single(s => s.Subject.Id == "t-b3").Risk.Tier);
    }

    [Fact]
    public void Weak_signs_alone_make_a_possible_tragedy_that_is_suppressed_with_its_reason()
    {
        var score = Score("lumen-hair",
            Topic("p1", "Salon regulars leave candles and flowers at the door of a beloved hairdresser. Her hair salon stays shut this week.")).Single();

        Assert.NotEqual(RiskTier.Floor, score.Risk.Tier);
        Assert.Equal(Decision.Suppress, score.Decision);
        Assert.StartsWith("possible tragedy: ", score.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("'candles'", score.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void One_weak_sign_is_not_a_tragedy()
    {
        var score = Score("lumen-hair",
            Topic("p2", "Salon owner shares the legacy of a family business in hair styling. Three generations of hairdressers.")).Single();

        Assert.Empty(score.Risk.PossibleTragedy);
        Assert.Equal(Decision.Suggest, score.Decision);
    }

    [Fact]
    public void A_gentle_hashtag_is_judged_by_its_grief_posts()
    {
        string[] posts =
        [
            "rest easy leo, you taught me to braid #LanternsForLeo",
            "gone too soon. i can't stop crying #LanternsForLeo",
            "can't believe he's gone #LanternsForLeo",
            "lighting a lantern tonight for you #LanternsForLeo",
        ];
        var score = Score("lumen-hair",
            Topic("h1", "#LanternsForLeo trends as fans share braided hairstyles", posts, ["#LanternsForLeo"])).Single();

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.Equal(Decision.Suppress, score.Decision);
    }

    [Fact]
    public void A_tribute_inherits_floor_from_a_death_told_in_a_title_case_headline()
    {
        var scores = Score("lumen-hair",
            Topic("d1", "Soul Singer Ada Brook Dies At 30. Her label said the singer died in hospital on Monday."),
            Topic("d2", "Ada Brook's Signature Curls: The Hairstyle Fans Copied For A Decade. Stylists look back at her look."));

        var tribute = scores.Single(s => s.Subject.Id == "t-d2");
        Assert.Equal(RiskTier.Floor, tribute.Risk.Tier);
        Assert.Equal(Decision.Suppress, tribute.Decision);
        Assert.Contains(tribute.Reasons, r => r.Contains("story context: Ada Brook is in a casualty report elsewhere in this window", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_in_a_casualty_report_does_not_floor_other_stories_of_that_year()
    {
        var scores = Score("lumen-hair",
            Topic("y1", "Aid worker kidnapped and killed. He was taken in January 2026, his family said."),
            Topic("y2", "Grammys 2026 Red Carpet: See All The Best Hairstyles. Braids and curls ruled the night."));

        Assert.NotEqual(RiskTier.Floor, scores.Single(s => s.Subject.Id == "t-y2").Risk.Tier);
        Assert.Equal(Decision.Suggest, scores.Single(s => s.Subject.Id == "t-y2").Decision);
    }

    [Fact]
    public void News_naming_the_setting_of_a_war_is_a_possible_tragedy_not_a_suggestion()
    {
        var scores = Score("skyway-air",
            Topic("w1", "Missiles Kill 12 In Karsia As The War Spreads. Rescuers searched the ruins overnight."),
            Topic("w2", "Shelling killed four civilians in the Karsian port of Odra, officials said."),
            Topic("w3", "Karsia says 30 soldiers were killed in an ambush near the border."),
            Topic("a1", "Karsian Flag Carrier Halts All International Flights. Travellers must rebook through neighbouring airports."));

        var airline = scores.Single(s => s.Subject.Id == "t-a1");
        Assert.Equal(Decision.Suppress, airline.Decision);
        Assert.StartsWith("possible tragedy: story context: Karsia is the setting of 3 death, war or terror reports in this window", airline.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_named_in_fewer_casualty_reports_than_other_news_is_not_a_setting()
    {
        var scores = Score("skyway-air",
            Topic("w1", "Gunman kills three in Brava. Police said the suspect was arrested."),
            Topic("w2", "Flood kills two in Brava's old town, officials said."),
            Topic("w3", "Brava storm: a man died when a tree fell on his car, police said."),
            Topic("n1", "Brava wins city of the year. The mayor thanked residents."),
            Topic("n2", "Brava jazz festival sells out. Tickets went in an hour."),
            Topic("n3", "Brava's new tram line opens. Commuters cheered the first ride."),
            Topic("n4", "Brava zoo welcomes twin pandas. Keepers named them on Sunday."),
            Topic("a1", "New Flights To Brava Start In Spring. The airline adds three routes for holiday travel."));

        var airline = scores.Single(s => s.Subject.Id == "t-a1");
        Assert.Empty(airline.Risk.PossibleTragedy);
        Assert.Equal(Decision.Suggest, airline.Decision);
    }

    [Fact]
    public void A_tribute_inherits_floor_from_a_suicide_told_indirectly_that_the_classifier_reads()
    {
        var report = Topic("s1", "Comedian Jo Verity 'ran out of road', her sister writes. She asked fans to call someone if they are struggling.");
        var tribute = Topic("s2", "Jo Verity's famous curls: salons recreate the look. Stylists say bookings doubled this week.");
        var readings = new Dictionary<string, MeaningReading> { [report.Id] = new("s1", "Comedian Jo Verity 'ran out of road', her sister writes", "self_harm", 0.99) };

        var without = Score("lumen-hair", tribute, report).Single(s => s.Subject.Id == "t-s2");
        var with = Score("lumen-hair", readings, tribute, report).Single(s => s.Subject.Id == "t-s2");

        Assert.Equal(Decision.Suggest, without.Decision);
        Assert.Equal(RiskTier.Floor, with.Risk.Tier);
        Assert.Equal(Decision.Suppress, with.Decision);
        Assert.Contains(with.Reasons, r => r.Contains("story context: Jo Verity is in a casualty report elsewhere in this window", StringComparison.Ordinal)
            && r.Contains("reads as: " + RiskMeaningModel.Describe("self_harm"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_reading_below_the_floor_bar_carries_no_story()
    {
        var report = Topic("s1", "Comedian Jo Verity takes a break from touring, her sister writes. She will be back in the spring.");
        var look = Topic("s2", "Jo Verity's famous curls: salons recreate the look. Stylists say bookings doubled this week.");
        var readings = new Dictionary<string, MeaningReading> { [report.Id] = new("s1", "Comedian Jo Verity takes a break from touring, her sister writes", "self_harm", 0.4) };

        Assert.Equal(Decision.Suggest, Score("lumen-hair", readings, look, report).Single(s => s.Subject.Id == "t-s2").Decision);
    }
}
