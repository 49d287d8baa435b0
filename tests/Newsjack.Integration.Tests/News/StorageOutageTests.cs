using Newsjack.Azure.News;
using Newsjack.Cli.Demo;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.News;

/// <summary>Storage goes down mid-run. Uses a private Azurite, so tests on the shared one keep running.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private AzuriteProcess _azurite = null!;
    private FeedServer _server = null!;
    private NewsTestServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _azurite = await TestAzurite.StartNewAsync();
        _server = await FeedServer.StartAsync(_ct);
        _server.MapBody("/a", RssFeed.With("A", ("Blackout at the big game", "https://a.example/blackout"), ("Dunk in the dark", "https://a.example/dunk")));
        _server.MapBody("/b", RssFeed.With("B", ("Dunk in the dark", "https://a.example/dunk?utm_campaign=x"), ("Phone bends", "https://b.example/bend")));
        _services = new NewsTestServices(_azurite.NewStorageOptions(),
            NewsTestServices.FeedsJson(("Wire A", _server.Url("/a")), ("Wire B", _server.Url("/b"))));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Handler_StorageDown_ThrowsSoTheQueueRetries_AndTheRetryAfterRestartStoresEverything()
    {
        var handler = _services.Get<FeedPollHandler>();
        await handler.HandleAsync("""{"feed":"Wire A"}""", _ct);

        await _azurite.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => handler.HandleAsync("""{"feed":"Wire B"}""", _ct));
        await _azurite.StartAsync(CancellationToken.None);
        // Azurite keeps nothing in memory across a restart: both polls are retried, as the queue would redeliver them.
        await handler.HandleAsync("""{"feed":"Wire B"}""", _ct);
        await handler.HandleAsync("""{"feed":"Wire A"}""", _ct);

        var now = TimeProvider.System.GetUtcNow();
        var items = await _services.Get<NewsItemStore>().ReadFirstSeenAsync(now.AddHours(-1), now.AddMinutes(1), _ct);
        Assert.Equal(["Blackout at the big game", "Dunk in the dark", "Phone bends"], items.Select(i => i.Item.Title).Order(StringComparer.Ordinal));
        Assert.Equal(["Wire A", "Wire B"], items.Single(i => i.Item.Title == "Dunk in the dark").Outlets.Order(StringComparer.Ordinal));
        var health = await FeedHealthReport.ReadAsync(_services.Get<FeedCatalog>(), _services.Get<FeedStateStore>(), _ct);
        Assert.All(health, h => Assert.Equal((0, "updated", (string?)null), (h.ConsecutiveFailures, h.LastOutcome, h.LastError)));
    }
}
