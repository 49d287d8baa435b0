using System.Text.Json;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Scoring.Language;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.Scoring;

/// <summary>`score --analyzer azure` against a Kestrel fake of Azure AI Language, with its cache in Azurite.</summary>
public sealed class ScoreAnalyzerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring");
    private readonly string _directory = Directory.CreateTempSubdirectory("newsjack-score-").FullName;
    private FakeLanguageService _language = null!;

    private static string[] ScoreArgs => ["score", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"),
        "--items", Path.Combine(Fixtures, "items.jsonl"), "--buzz", Path.Combine(Fixtures, "buzz.jsonl"), "--now", "2026-02-03T15:00:00Z", "--format", "json"];

    public async ValueTask InitializeAsync() => _language = await FakeLanguageService.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _language.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Only_the_relevant_topic_is_sent_once_its_negative_mood_raises_risk_and_a_second_run_is_served_from_the_cache()
    {
        var settings = WriteSettings();
        var local = await RunAsync([.. ScoreArgs]);
        var relevant = Topics(local.Stdout).Where(t => t.GetProperty("relevance").GetDouble() >= 0.35 && Tier(t) != "floor").ToList();
        var blackout = Assert.Single(relevant);
        Assert.Equal("none", Tier(blackout));

        var first = await RunAsync([.. ScoreArgs, "--analyzer", "azure", "--settings", settings]);

        Assert.Equal(0, first.Code);
        var sentiment = Assert.Single(_language.SentDocuments("SentimentAnalysis"));
        Assert.Empty(_language.SentDocuments("EntityRecognition"));
        var text = (string)sentiment["text"]!;
        Assert.StartsWith(blackout.GetProperty("label").GetString() + "\n", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 1, 1000);

        var topics = Topics(first.Stdout);
        var analysed = topics.Single(t => t.GetProperty("id").GetString() == blackout.GetProperty("id").GetString());
        Assert.Equal("medium", Tier(analysed));
        Assert.Contains("sensitive_social_issues medium: analyzer: negative mood 0.92", Reasons(analysed));
        Assert.DoesNotContain(Reasons(analysed), r => r.StartsWith("analyzer: mentions", StringComparison.Ordinal));
        Assert.All(topics.Where(t => t.GetProperty("id").GetString() != blackout.GetProperty("id").GetString()),
            t => Assert.DoesNotContain(Reasons(t), r => r.Contains("analyzer", StringComparison.Ordinal)));

        var requests = _language.Hits.Count;
        var second = await RunAsync([.. ScoreArgs, "--analyzer", "azure", "--settings", settings]);

        Assert.Equal(requests, _language.Hits.Count);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public async Task Azure_analyzer_without_language_settings_is_a_usage_error_naming_them()
    {
        var settings = WriteFile("empty.settings.json", """{ "Values": {} }""");

        var (code, _, stderr) = await RunAsync([.. ScoreArgs, "--analyzer", "azure", "--settings", settings]);

        Assert.Equal(2, code);
        Assert.Contains("Language__Enabled=true", stderr, StringComparison.Ordinal);
        Assert.Empty(_language.Hits);
    }

    private static List<JsonElement> Topics(string stdout) =>
        [.. JsonDocument.Parse(stdout).RootElement.GetProperty("topics").EnumerateArray()];

    private static string? Tier(JsonElement topic) => topic.GetProperty("risk").GetProperty("tier").GetString();

    private static List<string> Reasons(JsonElement topic) => [.. topic.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];

    private string WriteSettings()
    {
        var storage = azurite.NewStorageOptions();
        return WriteFile("local.settings.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Values"] = new Dictionary<string, string>
            {
                ["Storage__ConnectionString"] = storage.ConnectionString!,
                ["Storage__Prefix"] = storage.Prefix,
                ["Language__Enabled"] = "true",
                ["Language__Endpoint"] = _language.Endpoint.ToString(),
                ["Language__Key"] = FakeLanguageService.Key,
            },
        }));
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
