using System.Net;
using System.Text;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Storage;
using Newsjack.Integration.Tests.Buzz;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>
/// The local host is local: a page on another site cannot post buzz into it (Origin, Sec-Fetch-Site, or a
/// content type a browser sends unasked), and a request naming another host (DNS rebinding) is not answered.
/// </summary>
public sealed class LocalOnlyTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_post_from_a_page_on_another_site_is_refused_and_nothing_is_stored()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var request = Post(BuzzSamples.Post("1"), "application/x-ndjson");
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await host.Http.SendAsync(request, _ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("https://evil.example\\u0027 is not this local host", await response.Content.ReadAsStringAsync(_ct), StringComparison.Ordinal);
        Assert.Equal(0, await HourPostsAsync(host));
    }

    [Fact]
    public async Task A_request_the_browser_marks_cross_site_is_refused()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var request = Post(BuzzSamples.Post("1"), "application/x-ndjson");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var response = await host.Http.SendAsync(request, _ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_declared_json_is_refused_415(string? contentType)
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var response = await host.Http.SendAsync(Post(BuzzSamples.Post("1"), contentType), _ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("is not accepted; send application/json", await response.Content.ReadAsStringAsync(_ct), StringComparison.Ordinal);
        Assert.Equal(0, await HourPostsAsync(host));
    }

    [Fact]
    public async Task The_hosts_own_page_and_clients_without_an_origin_may_post()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var own = Post(BuzzSamples.Post("1"), "application/x-ndjson; charset=utf-8");
        own.Headers.Add("Origin", host.Http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        using var fromOwnPage = await host.Http.SendAsync(own, _ct);
        using var fromTool = await host.Http.SendAsync(Post(BuzzSamples.Post("2"), "application/json"), _ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (fromOwnPage.StatusCode, fromTool.StatusCode));
        Assert.Equal(2, await HourPostsAsync(host));
    }

    [Fact]
    public async Task A_request_naming_another_host_is_not_answered()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Host = "attacker.example";
        using var rebound = await host.Http.SendAsync(request, _ct);
        using var local = await host.Http.GetAsync(new Uri("/api/health", UriKind.Relative), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, rebound.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    private static HttpRequestMessage Post(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(HttpMethod.Post, "/api/buzz") { Content = content };
    }

    private static async Task<long> HourPostsAsync(LocalHostServer host)
    {
        var tables = new BuzzTables(StorageClients.Tables(host.Storage), new StorageNames(host.Storage.Prefix));
        await tables.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var reader = new BuzzStoreReader(tables);
        var hourly = await reader.HourlyAsync(BuzzSamples.Now.AddHours(-1), BuzzSamples.Now.AddHours(1), TestContext.Current.CancellationToken);
        return hourly.Sum(h => h.Posts);
    }
}
