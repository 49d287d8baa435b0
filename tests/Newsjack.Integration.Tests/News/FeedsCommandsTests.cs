using System.Text.Json;
using Newsjack.Azure.News;
using Newsjack.Integration.Tests.Infrastructure;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.News;

public sealed class FeedsCommandsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _directory = Directory.CreateTempSubdirectory("newsjack-cli-").FullName;
    private FeedServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FeedServer.StartAsync(_ct);
        _server.MapBody("/rss", RssFeed.With("Example Wire", ("Storm nears coast", "https://wire.example/storm"), ("Markets rally", "https://wire.example/markets")));
        _server.Map("/missing", context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task FeedsCheck_WorkingFeed_PrintsFormatTitleItemsAndFetchDetails()
    {
        var (code, stdout, _) = await RunAsync("feeds", "check", _server.Url("/rss").ToString());

        Assert.Equal(0, code);
        Assert.Contains("format:  rss2", stdout, StringComparison.Ordinal);
        Assert.Contains("title:   Example Wire", stdout, StringComparison.Ordinal);
        Assert.Contains("items:   2", stdout, StringComparison.Ordinal);
        Assert.Contains("Storm nears coast", stdout, StringComparison.Ordinal);
        Assert.Contains("fetch:   HTTP 200", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsCheck_MissingFeed_ReportsTheErrorWithExit1()
    {
        var (code, stdout, stderr) = await RunAsync("feeds", "check", _server.Url("/missing").ToString());

        Assert.Equal(1, code);
        Assert.Contains("fetch:   HTTP 404", stdout, StringComparison.Ordinal);
        Assert.Contains("HTTP 404 Not Found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsCheck_NotAUrl_IsUsageError() =>
        Assert.Equal(2, (await RunAsync("feeds", "check", "ftp://x.example/feed")).Code);

    [Fact]
    public async Task FeedsStatus_AfterPolls_ShowsHealthFromStorageAsJson()
    {
        var storage = azurite.NewStorageOptions();
        var feeds = NewsTestServices.FeedsJson(("Example Wire", _server.Url("/rss")), ("Gone Wire", _server.Url("/missing")), ("Never Polled", _server.Url("/rss")));
        await using (var services = new NewsTestServices(storage, feeds))
        {
            var poller = services.Get<FeedPoller>();
            var catalog = await services.Get<FeedCatalog>().LoadAsync(_ct);
            await poller.PollAsync(catalog[0], _ct);
            await poller.PollAsync(catalog[1], _ct);
            await poller.PollAsync(catalog[1], _ct);
        }

        var settings = WriteSettings(storage.ConnectionString!, storage.Prefix, WriteFile("feeds.json", feeds));
        var (code, stdout, _) = await RunAsync("feeds", "status", "--settings", settings, "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("feed").GetString()!);
        Assert.Equal(2, rows["Example Wire"].GetProperty("itemsSeen").GetInt32());
        Assert.Equal(2, rows["Gone Wire"].GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("HTTP 404 Not Found", rows["Gone Wire"].GetProperty("lastError").GetString());
        Assert.False(rows["Never Polled"].TryGetProperty("lastPollAt", out _));
    }

    [Fact]
    public async Task FeedsStatus_TableFormat_ListsEveryConfiguredFeed()
    {
        var storage = azurite.NewStorageOptions();
        var settings = WriteSettings(storage.ConnectionString!, storage.Prefix,
            WriteFile("feeds.json", NewsTestServices.FeedsJson(("Example Wire", _server.Url("/rss")))));

        var (code, stdout, _) = await RunAsync("feeds", "status", "--settings", settings);

        Assert.Equal(0, code);
        Assert.Contains("Example Wire", stdout, StringComparison.Ordinal);
        Assert.Contains("never", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsStatus_InvalidFeedsFile_NamesFeedAndFieldWithExit2()
    {
        var storage = azurite.NewStorageOptions();
        var feedsFile = WriteFile("feeds.json", """{ "feeds": [ { "name": "X", "url": "https://x.example/", "pollMinutes": 0 } ] }""");
        var settings = WriteSettings(storage.ConnectionString!, storage.Prefix, feedsFile);

        var (code, _, stderr) = await RunAsync("feeds", "status", "--settings", settings);

        Assert.Equal(2, code);
        Assert.Contains($"{feedsFile}: feeds[0] (\"X\"): pollMinutes: 0 is outside 1..1440", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsStatus_FeedsFileMissing_SaysWhichFileWithExit2()
    {
        var storage = azurite.NewStorageOptions();
        var missing = Path.Combine(_directory, "nope.json");

        var (code, _, stderr) = await RunAsync("feeds", "status", "--settings", WriteSettings(storage.ConnectionString!, storage.Prefix, missing));

        Assert.Equal(2, code);
        Assert.Contains($"News:FeedsFile: '{missing}' does not exist.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsStatus_SettingsFileNotJson_NamesTheFileAndLine()
    {
        var settings = WriteFile("broken.settings.json", "{\n  \"Values\": {\n    \"A\": \"1\",\n  oops\n}");

        var (code, _, stderr) = await RunAsync("feeds", "status", "--settings", settings);

        Assert.Equal(2, code);
        Assert.Contains($"{settings}: line 4: invalid JSON", stderr, StringComparison.Ordinal);
    }

    private string WriteSettings(string connectionString, string prefix, string feedsFile) =>
        WriteFile("local.settings.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["IsEncrypted"] = false,
            ["Values"] = new Dictionary<string, string>
            {
                ["Storage__ConnectionString"] = connectionString,
                ["Storage__Prefix"] = prefix,
                ["News__FeedsFile"] = feedsFile,
            },
        }));

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
