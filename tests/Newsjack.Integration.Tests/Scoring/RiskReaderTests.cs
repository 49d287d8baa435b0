using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Text;
using Newsjack.Integration.Tests.Embeddings;

namespace Newsjack.Integration.Tests.Scoring;

/// <summary>
/// The shipped risk-meaning classifier over the real local model: harm told without the lexicon's words reads as
/// harm, the decoys the lexicon trips on ("killing it", "a shot of espresso", "photo shoot", "crushing it", "a
/// knockout look", "sudden-death overtime") read as harmless, and a topic reads as its most harmful sentence.
/// </summary>
public sealed class RiskReaderTests(LocalModelFixture model)
{
    private static ScoringSubject Topic(string id, params string[] items) => new()
    {
        Id = id,
        Label = items[0],
        Items = [.. items.Select((t, i) => new SubjectText($"{id}-{i}", t))],
        FirstSeen = DateTimeOffset.UnixEpoch,
        LastSeen = DateTimeOffset.UnixEpoch,
    };

    private async Task<IReadOnlyDictionary<string, MeaningReading>> ReadAsync(params ScoringSubject[] topics) =>
        await new RiskReader(model.Generator, RiskMeaningModel.Default!).ReadAsync(topics, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Harm_in_other_words_reads_as_harm_at_the_floor()
    {
        var readings = await ReadAsync(
            Topic("grief", "Hundreds came to the square a day after the singer's passing"),
            Topic("war", "Missiles land near the city's main airport"),
            Topic("recall", "Carmaker recalls cots after two infants died"),
            Topic("quake", "Crews dig through rubble after the earthquake flattens a town"));

        foreach (var (id, kind) in new[] { ("grief", "death"), ("war", "war"), ("recall", "death"), ("quake", "disaster") })
        {
            Assert.True(readings[id].Probability >= MeaningSettlement.FloorAt, $"{id}: {readings[id].Describe()}");
            Assert.Equal(kind, readings[id].Class);
        }
    }

    [Fact]
    public async Task Deaths_told_by_euphemism_read_as_a_death_near_the_floor_and_idioms_do_not()
    {
        string[] deaths =
        [
            "Climber's body brought down from the north face after a week", "Teen cyclist did not survive the crash on the bypass, police say",
            "Family of the missing swimmer say he is gone and ask for time alone", "Fans light up the stadium for the striker who passed away on Sunday",
            "The band's drummer lost his fight with leukaemia",
        ];
        string[] idioms = ["This fireside candle is absolutely killer", "Our pizza oven is on fire with orders this week", "Phone sales exploded after the launch", "The hill climb ended in a dead heat"];

        var readings = await ReadAsync([.. deaths.Select((d, i) => Topic($"e{i}", d)), .. idioms.Select((d, i) => Topic($"i{i}", d))]);

        Assert.All(deaths.Select((_, i) => readings[$"e{i}"]), r => Assert.True(r.Probability >= MeaningSettlement.UnsureAt && r.Class == "death", $"{r.Sentence}: {r.Describe()}"));
        Assert.All(idioms.Select((_, i) => readings[$"i{i}"]), r => Assert.True(r.Probability < MeaningSettlement.UnsureAt, $"{r.Sentence}: {r.Describe()}"));
    }

    [Fact]
    public async Task The_decoys_read_as_harmless()
    {
        string[] decoys =
        [
            "Our rookie is killing it on the court this year", "Start your morning with a shot of espresso", "Behind the scenes at the spring photo shoot",
            "She has been crushing it since she joined the studio", "A knockout look for the gala night", "Sudden-death overtime settles the cup final",
            "Lights out at the big game? You can still dunk in the dark", "Fans joke that the new phone bends in their pockets",
            "Drowning in glitter: the festival make-up trend", "Fare war: airlines cut prices to the coast",
        ];

        var readings = await ReadAsync([.. decoys.Select((d, i) => Topic($"d{i}", d))]);

        Assert.All(readings.Values, r => Assert.True(r.Probability < MeaningSettlement.UnsureAt, $"{r.Sentence}: {r.Describe()}"));
    }

    [Fact]
    public async Task A_topic_reads_as_its_most_harmful_sentence_and_names_the_item()
    {
        var readings = await ReadAsync(Topic("t", "Airline adds routes to Lisbon for the summer", "Fans left flowers where the singer died. Candles burned all night."));

        var reading = readings["t"];
        Assert.Equal("t-1", reading.ItemId);
        Assert.Equal("Fans left flowers where the singer died", reading.Sentence);
        Assert.True(reading.Probability >= MeaningSettlement.UnsureAt, reading.Describe());
    }

    [Fact]
    public async Task A_lexicon_floor_is_read_past_its_headlines_only_when_they_all_read_harmless()
    {
        var crash = Topic("crash", "Plane crash kills 40 near the coast. Rescuers searched the water overnight. Families gathered at the terminal.");
        var bakery = Topic("bakery", "Bakery wins the city's croissant award. Queues formed before dawn on Saturday. The owner thanked her whole team.");
        var counting = new CountingGenerator(model.Generator);
        var reader = new RiskReader(counting, RiskMeaningModel.Default!);

        var staged = await reader.ReadAsync([crash, bakery], new HashSet<string> { "crash", "bakery" }, TestContext.Current.CancellationToken);
        var full = await ReadAsync(crash, bakery);

        // The crash is a floor whatever its summary says: its summary never reaches the model.
        var read = counting.Batches.SelectMany(b => b).ToList();
        Assert.DoesNotContain("Rescuers searched the water overnight", read);
        Assert.True(staged["crash"].Probability >= MeaningSettlement.HarmlessBelow, staged["crash"].Describe());

        // A harmless headline under a lexicon floor is read in full, so "the classifier disagrees" quotes the same sentence.
        Assert.Contains("Queues formed before dawn on Saturday", read);
        Assert.Equal(full["bakery"], staged["bakery"]);
    }
}
