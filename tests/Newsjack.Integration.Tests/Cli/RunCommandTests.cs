using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.News;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Topics;
using Newsjack.Cli;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Cli;

/// <summary>`newsjack run JOB`: one run of a timer job against the storage a settings file names.</summary>
public sealed class RunCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly string _settings = Path.Combine(Path.GetTempPath(), $"nj-run-{Guid.NewGuid():N}.json");
    private readonly StringWriter _stdout = new(CultureInfo.InvariantCulture);
    private readonly StringWriter _stderr = new(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Run_detect_topics_writes_the_topics_of_the_stored_items_and_says_it_succeeded()
    {
        var now = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var services = new TopicsTestServices(_storage, now);
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), now.GetUtcNow(), cancellationToken: _ct);
        WriteSettings();

        var exit = await CliApp.RunAsync(["run", "detect-topics", "--settings", _settings], _stdout, _stderr);

        Assert.True(exit == 0, _stderr.ToString());
        Assert.StartsWith("detect-topics: succeeded in ", _stdout.ToString(), StringComparison.Ordinal);
        var topics = await services.Get<TopicStore>().ReadRecentAsync(now.GetUtcNow().AddDays(-1), _ct);
        Assert.Equal(3, topics.Count);
        Assert.Contains(topics, t => t.ItemIds.Order(StringComparer.Ordinal).SequenceEqual(["bakery-1", "bakery-2"]));
    }

    [Fact]
    public async Task Run_of_an_unknown_job_exits_2_listing_the_timer_jobs()
    {
        var exit = await CliApp.RunAsync(["run", "score-everything"], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains("score-everything", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("poll-feeds", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("detect-topics", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("expire-cards", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_without_storage_settings_exits_2_naming_the_setting()
    {
        File.WriteAllText(_settings, """{ "Values": { "Storage__Prefix": "runtest" } }""");

        var exit = await CliApp.RunAsync(["run", "cleanup-buzz", "--settings", _settings], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains("Storage:ConnectionString", _stderr.ToString(), StringComparison.Ordinal);
    }

    private void WriteSettings() => File.WriteAllText(_settings, $$"""
        { "Values": {
            "Storage__ConnectionString": "{{_storage.ConnectionString}}",
            "Storage__Prefix": "{{_storage.Prefix}}",
            "Topics__TrendWidthBits": "12" } }
        """);

    public void Dispose()
    {
        File.Delete(_settings);
        _stdout.Dispose();
        _stderr.Dispose();
    }
}
