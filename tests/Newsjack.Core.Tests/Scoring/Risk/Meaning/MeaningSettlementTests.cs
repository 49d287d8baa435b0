using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Risk.Meaning;

/// <summary>
/// How the classifier's reading and the lexicon settle a topic, seen through the decision a brand gets: agreement
/// floors with "reads as" evidence; disagreement or doubt near the floor is suppressed as a possible tragedy, so is
/// a story naming the brand or a competitor that reads as harm; a harmless reading never lowers a lexicon floor; a
/// harmless reading leaves an opportunity alone.
/// </summary>
public sealed class MeaningSettlementTests
{
    private static TopicScore Score(string brandId, ScoringSubject subject, MeaningReading? reading) =>
        BrandScorer.Default.ScoreAll([subject], BrandJson.Fixture(brandId), Subjects.Now, [], readings:
            reading is null ? null : new Dictionary<string, MeaningReading> { [subject.Id] = reading }).Single();

    private static MeaningReading Reading(ScoringSubject s, string kind, double harm) => new(s.Items[0].Id, s.Items[0].Text, kind, harm);

    [Fact]
    public void A_reading_of_death_that_agrees_with_a_weak_lexicon_signal_floors_the_topic_and_quotes_the_sentence()
    {
        var topic = Subjects.Make("Flight 221", ["Airline grounds fleet after Tuesday's loss of flight 221. Crews are still searching the sea and the smoke has cleared."]);
        var lexiconOnly = Score("skyway-air", topic, null);
        Assert.True(lexiconOnly.Risk.Tier is RiskTier.Low or RiskTier.Medium or RiskTier.High, $"lexicon tier {lexiconOnly.Risk.Tier}");

        var score = Score("skyway-air", topic, Reading(topic, "death", 0.97));

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.Equal(Decision.Suppress, score.Decision);
        Assert.Contains(score.Reasons, r => r.Contains("reads as: a death (0.97): \"Airline grounds fleet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reading_of_harm_the_lexicon_does_not_see_is_a_possible_tragedy_showing_both()
    {
        var topic = Subjects.Make("Families", ["Families gather at the terminal to wait for news of flight 221."]);
        Assert.Equal(Decision.Suggest, Score("skyway-air", topic, null).Decision);

        var score = Score("skyway-air", topic, Reading(topic, "death", 0.96));

        Assert.Equal(Decision.Suppress, score.Decision);
        Assert.StartsWith("possible tragedy: reads as: a death (0.96)", score.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("the lexicon sees no risk", score.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsure_reading_near_the_floor_suppresses_whether_or_not_the_lexicon_sees_risk()
    {
        var risky = Subjects.Make("Flight 221", ["Airline grounds fleet after Tuesday's loss of flight 221. Crews are still searching the sea and the smoke has cleared."]);
        var unsure = Score("skyway-air", risky, Reading(risky, "disaster", 0.88));
        Assert.Equal(Decision.Suppress, unsure.Decision);
        Assert.Contains(unsure.Reasons, r => r.StartsWith("possible tragedy: reads as: a disaster (0.88)", StringComparison.Ordinal) && r.Contains("unsure", StringComparison.Ordinal));

        // A death told by euphemism: no word of the lexicon, the classifier unsure but near the floor.
        var euphemism = Subjects.Make("Flight attendant", ["Flight attendant was found unmoving in a hotel after the overnight flight to Lisbon. Her family asks to be left alone."]);
        var quiet = Score("skyway-air", euphemism, Reading(euphemism, "death", 0.9));
        Assert.Equal(Decision.Suppress, quiet.Decision);
        Assert.Contains("unsure; the lexicon sees no risk", quiet.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_well_below_the_floor_leaves_an_opportunity_alone()
    {
        var plain = Subjects.Make("Routes", ["Skyway adds nonstop flights to Lisbon and Porto for the summer."]);

        Assert.Equal(Decision.Suggest, Score("skyway-air", plain, Reading(plain, "death", 0.6)).Decision);
    }

    [Fact]
    public void A_competitor_named_in_a_story_that_reads_as_a_death_is_a_possible_tragedy_for_the_brand()
    {
        var rival = Subjects.Make("Blue Horizon", ["Blue Horizon Airways suspends night flights after a ground worker was hit by a tug. The airline said it was reviewing ramp safety."]);
        Assert.Equal(Decision.Suggest, Score("skyway-air", rival, null).Decision);

        var score = Score("skyway-air", rival, Reading(rival, "death", 0.7));

        Assert.Equal(Decision.Suppress, score.Decision);
        Assert.StartsWith("possible tragedy: reads as: a death (0.70)", score.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("in a story naming Blue Horizon Airways", score.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_competitor_named_in_harmless_news_stays_an_opportunity()
    {
        var fares = Subjects.Make("Summer routes", ["Blue Horizon Airways and Skyway both add flights to the coast for the summer travel season."]);

        Assert.Equal(Decision.Suggest, Score("skyway-air", fares, Reading(fares, "death", 0.2)).Decision);
    }

    [Fact]
    public void A_harmless_reading_never_lowers_a_lexicon_floor_and_both_are_shown()
    {
        var topic = Subjects.Make("Crash", ["Plane crash kills 40 on a flight to the coast. The airline said rescuers found no survivors."]);

        var score = Score("skyway-air", topic, Reading(topic, "death", 0.05));

        Assert.Equal(RiskTier.Floor, score.Risk.Tier);
        Assert.Equal(Decision.Suppress, score.Decision);
        Assert.Contains(score.Reasons, r => r.Contains("the classifier disagrees (harm 0.05", StringComparison.Ordinal) && r.Contains("the lexicon's floor stands", StringComparison.Ordinal));
    }

    [Fact]
    public void Oreo_in_the_blackout_stays_an_opportunity_with_a_harmless_reading()
    {
        var topic = Subjects.Make("Super Bowl blackout", ["Power outage halts Super Bowl for 34 minutes. Fans joke about the blackout; play resumed and no one was hurt."]);

        var score = Score("snapwell-snacks", topic, Reading(topic, "disaster", 0.08));

        Assert.Equal(Decision.Suggest, score.Decision);
    }
}
