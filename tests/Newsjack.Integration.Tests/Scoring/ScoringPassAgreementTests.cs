using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Topics;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Serialization;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.Scoring;

/// <summary>
/// One scoring function everywhere: the same items and posts give the same decisions through the stateless
/// `score` and `cards` commands as through the stored `DetectTopics` + `ScoreTopics` jobs over Azurite, including
/// a war story told without the lexicon's words that only risk by meaning suppresses, so no card preview shows a
/// topic the pipeline would hold back.
/// </summary>
public sealed class ScoringPassAgreementTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string Brand = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring", "snapwell-snacks.json");
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _directory = Directory.CreateTempSubdirectory("newsjack-agree-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private IReadOnlyList<NewsItem> Items()
    {
        var now = _time.GetUtcNow();
        return
        [
            .. TopicSamples.Items.Select(i => TopicSamples.Item(i.Id, i.Outlet, i.Title, i.Summary, now.AddMinutes(-i.MinutesAgo))),
            TopicSamples.Item("war-1", "Meridian Wire", "Artillery pounds the border town on game day", "Snack shops were shuttered.", now.AddMinutes(-40)),
            TopicSamples.Item("cookie-1", "Harbor Gazette", "Harbor bakery wins national cookie prize", "Judges praised the bakery's ginger cookies.", now.AddMinutes(-30)),
        ];
    }

    private IReadOnlyList<BuzzPost> Posts()
    {
        var now = _time.GetUtcNow();
        BuzzPost Post(string id, string text, int minutesAgo) => new() { Id = id, Platform = "x", Text = text, CreatedAt = now.AddMinutes(-minutesAgo), Likes = 5, Shares = 1, Lang = "en" };
        return
        [
            Post("p1", "Reading about the stadium blackout https://news.example/blackout-1 #blackoutbowl", 45),
            Post("p2", "Still dark in here #BlackoutBowl", 40),
            Post("p3", "Best halftime show ever: darkness #blackoutbowl", 35),
            Post("p4", "Ginger cookies all round #cookieprize", 20),
            Post("p5", "That harbor bakery deserved it #cookieprize", 15),
            Post("p6", "Cookies for everyone #cookieprize", 10),
        ];
    }

    /// <summary>Decision by item id, from the stored pipeline over Azurite (ingested as HTTP and feeds store them).</summary>
    private async Task<(Dictionary<string, string> Decisions, int Cards)> StoredAsync()
    {
        await using var host = new TopicsTestServices(azurite.NewStorageOptions(), _time, CardSettings.For());
        var store = host.Get<NewsItemStore>();
        await store.EnsureAsync(_ct);
        foreach (var outlet in Items().GroupBy(i => i.Source))
        {
            await store.RecordAsync(outlet.Key!, [.. outlet.Select(i => new NewsItemCandidate(i, null, false))], _time.GetUtcNow().AddMinutes(-1), _ct);
        }

        string[] events = [.. Posts().Select(p => JsonSerializer.Serialize(p, NewsjackJsonContext.Default.BuzzPost))];
        var ingested = await host.Get<BuzzIngestHandler>().IngestBatchAsync(
            new BuzzBatch("0", events, [.. events.Select((_, i) => (long)i)], [.. events.Select(_ => _time.GetUtcNow().UtcDateTime)], null), _ct);
        Assert.Equal(events.Length, ingested.Accepted);

        await host.Get<DetectTopicsJob>().DetectAsync(_ct);
        var scores = (await host.Get<ScoreTopicsJob>().ScoreAsync(_ct)).Brands.Single();
        return (ByItem(scores.Scores.Select(s => (s.Subject.Items.Select(i => i.Id), s.Decision.ToId()))), scores.LetThrough.Count);
    }

    private static async Task<(Dictionary<string, string> Decisions, string WarReason)> ScoreCommandAsync(string items, string buzz)
    {
        var (code, stdout, stderr) = await RunAsync(["score", "--brand", Brand, "--items", items, "--buzz", buzz, "--now", Now, "--format", "json"]);
        Assert.True(code == 0, stderr);
        var topics = JsonDocument.Parse(stdout).RootElement.GetProperty("topics").EnumerateArray().ToList();
        var war = topics.Single(t => t.GetProperty("itemIds").EnumerateArray().Any(i => i.GetString() == "war-1"));
        return (ByItem(topics.Select(t => (t.GetProperty("itemIds").EnumerateArray().Select(i => i.GetString()!), t.GetProperty("decision").GetString()!))),
            war.GetProperty("reasons")[0].GetString()!);
    }

    private static string Now => TopicSamples.Now.ToString("O", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Score_cards_and_the_stored_job_reach_the_same_decisions_and_meaning_suppresses_the_war_story_in_each()
    {
        var items = Write("items.jsonl", Items().Select(i => JsonSerializer.Serialize(i, NewsjackJsonContext.Default.NewsItem)));
        var buzz = Write("buzz.jsonl", Posts().Select(p => JsonSerializer.Serialize(p, NewsjackJsonContext.Default.BuzzPost)));

        var stored = await StoredAsync();
        var (scored, warReason) = await ScoreCommandAsync(items, buzz);
        var cards = await RunAsync(["cards", "--brand", Brand, "--items", items, "--buzz", buzz, "--now", Now, "--format", "json"]);
        var lexiconOnly = await RunAsync(["cards", "--brand", Brand, "--items", items, "--buzz", buzz, "--now", Now, "--meaning", "none", "--format", "json"]);

        Assert.Equal(stored.Decisions.OrderBy(p => p.Key, StringComparer.Ordinal), scored.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("suppress", stored.Decisions["war-1"]);
        Assert.StartsWith("possible tragedy: reads as: war", warReason, StringComparison.Ordinal);
        Assert.Contains(stored.Decisions.Values, d => d == "suggest");
        var envelopes = JsonDocument.Parse(cards.Stdout).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.Equal(stored.Cards, envelopes.Count);
        Assert.DoesNotContain(envelopes, e => e.Contains("Artillery", StringComparison.Ordinal));
        // Without meaning the preview would have offered the brand a joke on a war story: the check above can fail.
        Assert.Contains("Artillery", lexiconOnly.Stdout, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ByItem(IEnumerable<(IEnumerable<string> ItemIds, string Decision)> topics) =>
        topics.SelectMany(t => t.ItemIds.Select(id => (Id: id, t.Decision))).ToDictionary(p => p.Id, p => p.Decision, StringComparer.Ordinal);

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
