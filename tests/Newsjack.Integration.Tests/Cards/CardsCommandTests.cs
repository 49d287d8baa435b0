using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Newsjack.Core.Cards.Links;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>`newsjack cards`: the exact envelopes the pipeline would send for a brand, offline, per the contract.</summary>
public sealed class CardsCommandTests : IDisposable
{
    private const string Now = "2026-02-03T15:00:00Z";   // 10:00 in New York: outside Snapwell's quiet hours
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring");
    private readonly string _directory = Directory.CreateTempSubdirectory("newsjack-cards-").FullName;

    private static string[] Args(params string[] extra) => ["cards", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"),
        "--items", Path.Combine(Fixtures, "items.jsonl"), "--buzz", Path.Combine(Fixtures, "buzz.jsonl"), "--now", Now, "--embeddings", "none", .. extra];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Prints_one_array_of_Teams_envelopes_with_signed_links_to_the_configured_host()
    {
        var settings = WriteSettings();

        var (code, stdout, stderr) = await RunAsync(Args("--settings", settings, "--format", "json"));
        var (_, scored, _) = await RunAsync(["score", .. Args("--format", "json")[1..]]);

        Assert.True(code == 0, stderr);
        Assert.Equal("", stderr);
        var envelopes = JsonNode.Parse(stdout)!.AsArray();
        var sendsCard = JsonDocument.Parse(scored).RootElement.GetProperty("topics").EnumerateArray()
            .Where(t => t.GetProperty("decision").GetString() is "suggest" or "review").Select(t => t.GetProperty("label").GetString()!).ToList();
        Assert.NotEmpty(envelopes);
        Assert.InRange(envelopes.Count, 1, sendsCard.Count);
        var signer = new CardLinkSigner(Options.Create(new CardLinkOptions { CurrentKeyId = "k9", CurrentKey = CardSettings.Key }), TimeProvider.System);
        foreach (var envelope in envelopes)
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(envelope!.ToJsonString()), 1000, 20 * 1024);
            Assert.Equal("message", envelope["type"]!.GetValue<string>());
            var attachment = Assert.Single(envelope["attachments"]!.AsArray())!;
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
            var card = attachment["content"]!;
            Assert.Equal(("AdaptiveCard", "1.4"), (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>()));
            Assert.Contains(sendsCard, label => card.ToJsonString().Contains(JsonEncodedText.Encode(label).ToString(), StringComparison.Ordinal));
            var actions = card["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl").ToDictionary(a => a!["title"]!.GetValue<string>(), a => new Uri(a!["url"]!.GetValue<string>()));
            foreach (var title in new[] { "Approve", "Reject" })
            {
                var link = actions[title];
                Assert.StartsWith("https://cards.snapwell.example/api/cards/", link.AbsoluteUri, StringComparison.Ordinal);
                var q = System.Web.HttpUtility.ParseQueryString(link.Query);
                var check = signer.Verify(link.Segments[^1], q["action"], q["exp"], q["kid"], q["sig"]);
                Assert.True(check.IsValid || check.Failure == CardLinkFailure.Expired, $"{title} link does not verify: {check.Failure}");
                Assert.Equal(title.ToLowerInvariant(), q["action"]);
            }
        }

        var again = await RunAsync(Args("--settings", settings, "--format", "json"));
        Assert.Equal(stdout, again.Stdout);                                  // the same input gives the same envelopes
    }

    [Fact]
    public async Task Without_link_settings_it_previews_with_a_throwaway_key_and_says_so()
    {
        var (code, stdout, stderr) = await RunAsync(Args("--format", "json"));

        Assert.Equal(0, code);
        Assert.Contains("links point at http://localhost:7071/ and are signed with a throwaway key", stderr, StringComparison.Ordinal);
        Assert.Contains("http://localhost:7071/api/cards/", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_of_tragedy_only_prints_an_empty_array()
    {
        var items = Path.Combine(_directory, "tragedy.jsonl");
        await File.WriteAllLinesAsync(items, [.. Enumerable.Range(1, 6).Select(i => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = $"h{i}", ["title"] = $"Hurricane kills {10 * i} as storm floods coast, snack aisles empty", ["summary"] = "Rescuers search for victims; dozens dead.",
            ["publishedAt"] = $"2026-02-03T14:{10 + i}:00Z", ["source"] = $"Wire {i}", ["language"] = "en",
        }))], TestContext.Current.CancellationToken);

        var (code, stdout, _) = await RunAsync(["cards", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"), "--items", items, "--now", Now, "--embeddings", "none", "--format", "json"]);

        Assert.Equal((0, "[]"), (code, stdout.Trim()));
    }

    [Fact]
    public async Task A_missing_items_file_is_a_usage_error_naming_it()
    {
        var missing = Path.Combine(_directory, "nope.jsonl");

        var (code, stdout, stderr) = await RunAsync(["cards", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"), "--items", missing, "--format", "json"]);

        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains(missing, stderr, StringComparison.Ordinal);
    }

    private string WriteSettings()
    {
        var path = Path.Combine(_directory, "local.settings.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Values"] = new Dictionary<string, string>
            {
                ["CardLinks__BaseUrl"] = "https://cards.snapwell.example/",
                ["CardLinks__CurrentKeyId"] = "k9",
                ["CardLinks__CurrentKey"] = CardSettings.Key,
            },
        }));
        return path;
    }
}
