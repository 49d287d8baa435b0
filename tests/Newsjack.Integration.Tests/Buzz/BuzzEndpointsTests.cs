using System.Net;
using System.Text;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class BuzzEndpointsTests(AzuriteFixture azurite)
{
    private readonly BuzzStorage _storage = new(azurite);

    [Fact]
    public async Task PostJsonArray_StoresValidEvents_AndNamesTheLinesOfBadOnes()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);
        var body = $"[\n{BuzzSamples.Post("1")},\n{BuzzSamples.Post("2", platform: "mastodon")},\n{{\"id\":\"3\",\"platform\":\"x\",\"text\":\"t\"}}\n]";

        var (status, summary) = await PostAsync(host, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0, 1), (summary.Accepted, summary.Duplicates, summary.Rejected));
        Assert.Equal(new BuzzLineError(4, "missing required field 'createdAt'"), Assert.Single(summary.Errors));
        Assert.Equal(2, (await _storage.PostsAsync()).Count);
        Assert.Equal(4, Assert.Single(await _storage.DeadLettersAsync()).GetInt32("Line"));
    }

    [Fact]
    public async Task PostNdjson_TwiceOver_SecondTimeCountsDuplicates()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);
        var body = $"{BuzzSamples.Post("1")}\n\n{BuzzSamples.Post("2")}\n{{\"id\":\"3\"\n";

        var (_, first) = await PostAsync(host, new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var (status, second) = await PostAsync(host, new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal((2, 0, 1), (first.Accepted, first.Duplicates, first.Rejected));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 2, 1), (second.Accepted, second.Duplicates, second.Rejected));
        Assert.Equal(4, Assert.Single(second.Errors).Line);
        Assert.Single(await _storage.DeadLettersAsync());
    }

    [Fact]
    public async Task PostWithNothingValid_Answers400WithTheReasons()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);

        var (status, summary) = await PostAsync(host, new StringContent("hello\n{\"id\":1}\n", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([1, 2], summary.Errors.Select(e => e.Line));
        Assert.StartsWith("not valid JSON", summary.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostOverFourMegabytes_Answers413AndStoresNothing(bool withContentLength)
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);
        var line = BuzzSamples.Post("big") + "\n";
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, (BuzzBodySplitter.MaxBodyBytes / line.Length) + 2)));
        HttpContent content = withContentLength ? new ByteArrayContent(bytes) : new StreamContent(new NonSeekableStream(bytes));
        content.Headers.ContentType = new("application/x-ndjson");

        var (status, summary) = await PostAsync(host, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("over the 4194304-byte limit", Assert.Single(summary.Errors).Reason, StringComparison.Ordinal);
        Assert.Empty(await _storage.PostsAsync());
    }

    private static async Task<(HttpStatusCode Status, BuzzIngestSummary Summary)> PostAsync(BuzzHost host, HttpContent content)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(host.BuzzUrl, content, TestContext.Current.CancellationToken);
        var summary = await response.Content.ReadFromJsonAsync(NewsjackJsonContext.Default.BuzzIngestSummary, TestContext.Current.CancellationToken);
        return (response.StatusCode, summary!);
    }

    /// <summary>Hides the length, so the client sends the body chunked (no Content-Length).</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
