using System.Text.Json;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.Scoring.Embeddings;

/// <summary>`score --embeddings azure` against a Kestrel fake of the Azure OpenAI embeddings endpoint.</summary>
public sealed class ScoreEmbeddingsTests : IAsyncLifetime
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring");
    private readonly string _directory = Directory.CreateTempSubdirectory("newsjack-embed-").FullName;
    private FakeEmbeddingsService _service = null!;

    private static string[] ScoreArgs => ["score", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"),
        "--items", Path.Combine(Fixtures, "items.jsonl"), "--buzz", Path.Combine(Fixtures, "buzz.jsonl"), "--now", "2026-02-03T15:00:00Z", "--format", "json"];

    // The brand text starts with the brand's name; every topic lies at cosine 0.8 from it.
    public async ValueTask InitializeAsync() =>
        _service = await FakeEmbeddingsService.StartAsync(t => t.StartsWith("Snapwell", StringComparison.Ordinal) ? [1, 0, 0] : [0.8f, 0.6f, 0]);

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task One_request_embeds_the_brand_and_each_topic_after_a_throttle_and_relevance_rises_with_the_reason()
    {
        _service.Throttle(1);
        var local = await RunAsync([.. ScoreArgs, "--embeddings", "none"]);

        var semantic = await RunAsync([.. ScoreArgs, "--embeddings", "azure", "--settings", WriteSettings(enabled: true)]);

        Assert.Equal(0, semantic.Code);
        Assert.Equal([429, 200], _service.Hits.Select(h => h.Status));
        var inputs = _service.Hits[1].Inputs;
        Assert.Equal(_service.Hits[0].Inputs, inputs);
        var before = Topics(local.Stdout);
        var after = Topics(semantic.Stdout);
        Assert.Equal(before.Count + 1, inputs.Count);
        Assert.StartsWith("Snapwell", inputs[0], StringComparison.Ordinal);
        Assert.All(inputs, t => Assert.InRange(t.Length, 1, 1000));
        Assert.Equal(before.Select(Id), after.Select(Id));
        for (var i = 0; i < after.Count; i++)
        {
            Assert.Contains("semantic similarity 0.80 to the brand profile (+0.14)", Reasons(after[i]));
            Assert.InRange(Relevance(after[i]) - Relevance(before[i]), 0, 0.2 + 1e-9);
            Assert.Equal(Tier(before[i]), Tier(after[i]));
        }

        Assert.Contains(after, t => Relevance(t) > Relevance(before[after.IndexOf(t)]));
    }

    [Fact]
    public async Task Embeddings_without_settings_is_a_usage_error_naming_them()
    {
        var (code, _, stderr) = await RunAsync([.. ScoreArgs, "--embeddings", "azure", "--settings", WriteSettings(enabled: false)]);

        Assert.Equal(2, code);
        Assert.Contains("Embeddings__Provider=azure", stderr, StringComparison.Ordinal);
        Assert.Empty(_service.Hits);
    }

    private static List<JsonElement> Topics(string stdout) =>
        [.. JsonDocument.Parse(stdout).RootElement.GetProperty("topics").EnumerateArray()];

    private static string? Id(JsonElement topic) => topic.GetProperty("id").GetString();

    private static double Relevance(JsonElement topic) => topic.GetProperty("relevance").GetDouble();

    private static string? Tier(JsonElement topic) => topic.GetProperty("risk").GetProperty("tier").GetString();

    private static List<string> Reasons(JsonElement topic) => [.. topic.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];

    private string WriteSettings(bool enabled)
    {
        var values = enabled
            ? new Dictionary<string, string>
            {
                ["Embeddings__Provider"] = "azure",
                ["Embeddings__Endpoint"] = _service.Endpoint.ToString(),
                ["Embeddings__Deployment"] = FakeEmbeddingsService.Deployment,
                ["Embeddings__Key"] = FakeEmbeddingsService.Key,
            }
            : [];
        var path = Path.Combine(_directory, enabled ? "local.settings.json" : "empty.settings.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object> { ["Values"] = values }));
        return path;
    }
}
