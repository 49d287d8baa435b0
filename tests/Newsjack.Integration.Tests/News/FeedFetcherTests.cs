using System.IO.Compression;
using System.Text;
using Newsjack.Azure.News;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.News;

public sealed class FeedFetcherTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FeedServer _server = null!;
    private NewsTestServices _services = null!;

    private FeedFetcher Fetcher => _services.Get<FeedFetcher>();

    public async ValueTask InitializeAsync()
    {
        _server = await FeedServer.StartAsync(_ct);
        _services = new NewsTestServices(azurite.NewStorageOptions(), NewsTestServices.FeedsJson(),
            settings: new Dictionary<string, string?> { ["News:FetchTimeoutSeconds"] = "3" });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Fetch_GzipResponse_IsDecompressed()
    {
        var feed = RssFeed.With("Zipped", ("One", "https://z.example/1"));
        _server.Map("/gz", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest);
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(feed), context.RequestAborted);
        });

        var result = await Fetcher.FetchAsync("zipped", _server.Url("/gz"), FeedValidators.None, _ct);

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(feed, Encoding.UTF8.GetString(result.Content.Span));
        Assert.Contains("gzip", _server.Requests.Single().Headers.AcceptEncoding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_CharsetFromContentType_ReachesTheParser()
    {
        var xml = "<rss version=\"2.0\"><channel><title>Caf\u00e9 News</title><item><title>Cr\u00e8me br\u00fbl\u00e9e</title><link>https://cafe.example/1</link></item></channel></rss>";
        _server.Map("/latin", context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=iso-8859-1";
            return context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes(xml), context.RequestAborted).AsTask();
        });

        var result = await _services.Get<FeedReader>().ReadAsync("latin", _server.Url("/latin"), FeedValidators.None, _ct);

        Assert.Equal("Caf\u00e9 News", result.Feed?.Title);
        Assert.Equal("Cr\u00e8me br\u00fbl\u00e9e", Assert.Single(result.Feed!.Items).Title);
    }

    [Fact]
    public async Task Fetch_ETagAndLastModified_AreSentBackAsConditionalGet()
    {
        _server.Map("/cond", context =>
        {
            context.Response.StatusCode = context.Request.Headers.IfNoneMatch == "\"v1\"" ? 304 : 200;
            context.Response.Headers.ETag = "\"v1\"";
            return Task.CompletedTask;
        });

        var result = await Fetcher.FetchAsync("cond", _server.Url("/cond"), new FeedValidators("\"v1\"", "Mon, 23 Nov 2026 09:00:00 GMT"), _ct);

        Assert.Equal(FeedFetchStatus.NotModified, result.Status);
        var headers = _server.Requests.Single().Headers;
        Assert.Equal("Mon, 23 Nov 2026 09:00:00 GMT", headers.IfModifiedSince.ToString());
    }

    [Fact]
    public async Task Fetch_RelativeRedirect_IsFollowed()
    {
        _server.Map("/old", context => Redirect(context, "/new"));
        _server.MapBody("/new", "<rss/>");

        var result = await Fetcher.FetchAsync("moved", _server.Url("/old"), FeedValidators.None, _ct);

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(1, result.Redirects);
        Assert.Equal("<rss/>", Encoding.UTF8.GetString(result.Content.Span));
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsWithClearError()
    {
        _server.Map("/a", context => Redirect(context, "/b"));
        _server.Map("/b", context => Redirect(context, "/a"));

        var result = await Fetcher.FetchAsync("loop", _server.Url("/a"), FeedValidators.None, _ct);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("redirect loop", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count); // the loop is seen before asking for /a again
    }

    [Fact]
    public async Task Fetch_LongRedirectChain_StopsAtMaxRedirects()
    {
        for (var i = 0; i < 10; i++)
        {
            var next = $"/r{i + 1}";
            _server.Map($"/r{i}", context => Redirect(context, next));
        }

        var result = await Fetcher.FetchAsync("chain", _server.Url("/r0"), FeedValidators.None, _ct);

        Assert.Equal("too many redirects (more than 5)", result.Error);
        Assert.Equal(6, _server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_SlowServer_TimesOut()
    {
        _server.Map("/slow", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));

        var result = await Fetcher.FetchAsync("slow", _server.Url("/slow"), FeedValidators.None, _ct);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal("timed out after 3 s", result.Error);
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Fetch_50MegabyteStreamedBody_IsRefusedAndTheConnectionDropped()
    {
        var hungUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Map("/huge", async context =>
        {
            context.RequestAborted.Register(() => hungUp.TrySetResult());
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            try
            {
                for (var sent = 0L; sent < 50L * 1024 * 1024 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client hung up, as it should.
            }
        });

        var result = await Fetcher.FetchAsync("huge", _server.Url("/huge"), FeedValidators.None, _ct);

        Assert.Equal("too large: more than 10485760 bytes (News:MaxFeedBytes)", result.Error);
        Assert.Equal(0, result.Bytes);
        // A client that read the whole body would keep the connection; one that stopped at the cap drops it.
        await hungUp.Task.WaitAsync(TimeSpan.FromSeconds(10), _ct);
    }

    [Fact]
    public async Task Fetch_DeclaredContentLengthOverLimit_IsRefusedBeforeReading()
    {
        _server.Map("/declared", async context =>
        {
            context.Response.ContentLength = 50L * 1024 * 1024;
            await context.Response.Body.WriteAsync(new byte[1024], context.RequestAborted);
        });

        var result = await Fetcher.FetchAsync("declared", _server.Url("/declared"), FeedValidators.None, _ct);

        Assert.Equal("too large: Content-Length 52428800 bytes is over the limit of 10485760 (News:MaxFeedBytes)", result.Error);
    }

    [Fact]
    public async Task Fetch_ConnectionRefused_IsAFailureNotAnException()
    {
        var closed = _server.Url("/x");
        await _server.DisposeAsync();
        _server = await FeedServer.StartAsync(_ct);

        var result = await Fetcher.FetchAsync("gone", closed, FeedValidators.None, _ct);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("request failed:", result.Error, StringComparison.Ordinal);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task Fetch_CorruptGzip_IsAFailureNotAnException()
    {
        _server.Map("/badgz", context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("definitely not gzip"), context.RequestAborted).AsTask();
        });

        var result = await Fetcher.FetchAsync("badgz", _server.Url("/badgz"), FeedValidators.None, _ct);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("body could not be decompressed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ConnectionDroppedMidBody_IsAFailureNotAnException()
    {
        _server.Map("/cut", async context =>
        {
            context.Response.ContentLength = 100_000;
            await context.Response.Body.WriteAsync(new byte[1000], context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        });

        var result = await Fetcher.FetchAsync("cut", _server.Url("/cut"), FeedValidators.None, _ct);

        // Depending on timing the drop is seen with the headers or while reading the body; either way, a failed poll.
        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Matches("^(request failed|connection broke while reading): ", result.Error);
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
