using Newsjack.Azure.News;
using Newsjack.Core.News;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.News;

public sealed class FeedPollerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FeedServer _server = null!;
    private NewsTestServices _services = null!;

    private FeedPoller Poller => _services.Get<FeedPoller>();
    private FeedStateStore States => _services.Get<FeedStateStore>();
    private NewsItemStore Items => _services.Get<NewsItemStore>();

    public async ValueTask InitializeAsync()
    {
        _server = await FeedServer.StartAsync(_ct);
        _services = new NewsTestServices(azurite.NewStorageOptions(), NewsTestServices.FeedsJson());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Poll_UnchangedFeedWithETag_Gets304AndStoresNothingNew()
    {
        var body = RssFeed.With("Wire", ("Storm nears coast", "https://wire.example/storm"), ("Markets rally", "https://wire.example/markets"));
        _server.Map("/rss", async context =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
        var feed = Feed("Wire", "/rss");

        var first = await Poller.PollAsync(feed, _ct);
        var second = await Poller.PollAsync(feed, _ct);

        Assert.Equal((FeedPollStatus.Updated, 2), (first.Status, first.NewItems));
        Assert.Equal((FeedPollStatus.NotModified, 0, 0), (second.Status, second.NewItems, second.Duplicates));
        Assert.Equal("\"v1\"", _server.Requests.Last().Headers.IfNoneMatch.ToString());
        var state = await States.GetAsync("Wire", _ct);
        Assert.Equal(("\"v1\"", 2L, "notModified"), (state!.HttpETag, state.ItemsSeen, state.LastOutcome));
        Assert.Equal(2, (await ItemsStoredNow()).Count);
    }

    [Fact]
    public async Task Poll_HttpErrors_CountConsecutiveFailuresUntilASuccessResetsThem()
    {
        var status = 404;
        _server.Map("/flaky", async context =>
        {
            if (status != 200)
            {
                context.Response.StatusCode = status;
                return;
            }

            await context.Response.WriteAsync(RssFeed.With("Flaky", ("Back online", "https://flaky.example/1")), context.RequestAborted);
        });
        var feed = Feed("Flaky", "/flaky");

        var notFound = await Poller.PollAsync(feed, _ct);
        status = 500;
        var serverError = await Poller.PollAsync(feed, _ct);
        var failing = await States.GetAsync("Flaky", _ct);
        status = 200;
        var recovered = await Poller.PollAsync(feed, _ct);
        var healthy = await States.GetAsync("Flaky", _ct);

        Assert.Equal(("HTTP 404 Not Found", 1), (notFound.Error, notFound.ConsecutiveFailures));
        Assert.Equal(("HTTP 500 Internal Server Error", 2), (serverError.Error, serverError.ConsecutiveFailures));
        Assert.Equal((2, "HTTP 500 Internal Server Error", (DateTimeOffset?)null), (failing!.ConsecutiveFailures, failing.LastError, failing.LastSuccessAt));
        Assert.Equal((FeedPollStatus.Updated, 1), (recovered.Status, recovered.NewItems));
        Assert.Equal((0, 1L), (healthy!.ConsecutiveFailures, healthy.ItemsSeen));
        Assert.NotNull(healthy.LastSuccessAt);
    }

    [Fact]
    public async Task Poll_MalformedXml_IsRecordedAsAFailedPoll()
    {
        _server.MapBody("/broken", "<rss version=\"2.0\"><channel><title>Half</title><item><title>cut off");

        var outcome = await Poller.PollAsync(Feed("Broken", "/broken"), _ct);

        Assert.Equal(FeedPollStatus.Failed, outcome.Status);
        Assert.StartsWith("not a feed: ", outcome.Error, StringComparison.Ordinal);
        var state = await States.GetAsync("Broken", _ct);
        Assert.Equal((1, outcome.Error), (state!.ConsecutiveFailures, state.LastError));
    }

    [Fact]
    public async Task Poll_SameItemsAgain_AreCountedOnce()
    {
        _server.MapBody("/rss", RssFeed.With("Wire", ("One", "https://wire.example/1"), ("Two", "https://wire.example/2")));
        var feed = Feed("Wire", "/rss");

        var first = await Poller.PollAsync(feed, _ct);
        var second = await Poller.PollAsync(feed, _ct);

        Assert.Equal((2, 0), (first.NewItems, first.Duplicates));
        Assert.Equal((0, 2), (second.NewItems, second.Duplicates));
        Assert.Equal(2L, (await States.GetAsync("Wire", _ct))!.ItemsSeen);
        Assert.Equal(2, (await ItemsStoredNow()).Count);
    }

    [Fact]
    public async Task Poll_SameStoryFromTwoFeeds_IsStoredOnceWithBothOutlets()
    {
        _server.MapBody("/a", RssFeed.With("A", ("Oreo wins the blackout", "https://story.example/oreo?utm_source=a"), ("Only in A", "https://a.example/x")));
        _server.MapBody("/b", RssFeed.With("B", ("Oreo wins the blackout!", "https://story.example/oreo?utm_source=b&utm_medium=rss")));

        var a = await Poller.PollAsync(Feed("Outlet A", "/a"), _ct);
        var b = await Poller.PollAsync(Feed("Outlet B", "/b"), _ct);

        Assert.Equal((2, 0), (a.NewItems, a.Duplicates));
        Assert.Equal((0, 1), (b.NewItems, b.Duplicates));
        var stored = await ItemsStoredNow();
        Assert.Equal(2, stored.Count);
        var oreo = Assert.Single(stored, s => s.Item.Url == "https://story.example/oreo");
        Assert.Equal(["Outlet A", "Outlet B"], oreo.Outlets);
        Assert.Equal("Outlet A", oreo.Item.Source);
    }

    [Fact]
    public async Task Poll_TwoFeedsAtOnce_BothOutletsAreKept()
    {
        var links = Enumerable.Range(0, 30).Select(i => ($"Story {i}", $"https://shared.example/{i}")).ToArray();
        _server.MapBody("/a", RssFeed.With("A", links));
        _server.MapBody("/b", RssFeed.With("B", links));

        var outcomes = await Task.WhenAll(Poller.PollAsync(Feed("A", "/a"), _ct), Poller.PollAsync(Feed("B", "/b"), _ct));

        Assert.Equal(30, outcomes.Sum(o => o.NewItems));
        Assert.Equal(30, outcomes.Sum(o => o.Duplicates));
        var stored = await ItemsStoredNow();
        Assert.Equal(30, stored.Count);
        Assert.All(stored, s => Assert.Equal(["A", "B"], s.Outlets.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Poll_SameGuidUnderANewLink_IsTheSameItem()
    {
        const string Item = "<item><title>Bendgate</title><link>{0}</link><guid isPermaLink=\"false\">urn:wire:story:42</guid></item>";
        var link = "https://wire.example/phones/bend";
        _server.Map("/rss", context => context.Response.WriteAsync(
            $"<rss version=\"2.0\"><channel><title>Wire</title>{string.Format(System.Globalization.CultureInfo.InvariantCulture, Item, link)}</channel></rss>", context.RequestAborted));
        var feed = Feed("Wire", "/rss");

        var first = await Poller.PollAsync(feed, _ct);
        link = "https://wire.example/2026/phones-bend-in-pockets";
        var second = await Poller.PollAsync(feed, _ct);

        Assert.Equal((1, 0), (first.NewItems, first.Duplicates));
        Assert.Equal((0, 1), (second.NewItems, second.Duplicates));
        Assert.Single(await ItemsStoredNow());
    }

    private FeedSource Feed(string name, string path) => new(name, _server.Url(path), "en", 5);

    private Task<IReadOnlyList<StoredNewsItem>> ItemsStoredNow() =>
        Items.ReadFirstSeenAsync(TimeProvider.System.GetUtcNow().AddHours(-1), TimeProvider.System.GetUtcNow().AddMinutes(1), _ct);
}
