using Azure;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Integration.Tests.Scoring.Language;

public sealed class LanguageClientFaultTests
{
    private static readonly AnalysisDocument[] One = [new("1", "KitKat #Bendgate great win", "en")];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Throttled429WithRetryAfter1_RetriedAfterAboutASecond_ThenSucceeds()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Enqueue(LanguageFault.Throttled("1"));
        var client = LanguageTestClients.Client(service);

        var result = Assert.Single(await client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal(SentimentLabel.Positive, result.Sentiment?.Label);
        var hits = service.Hits;
        Assert.Equal(2, hits.Count);

        // Retry delay is 20 ms here, so a gap near a second can only come from Retry-After.
        Assert.True(hits[1].At - hits[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(hits[1].At - hits[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ServerError500Once_Retried_ThenSucceeds()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Enqueue(LanguageFault.ServerError());
        var client = LanguageTestClients.Client(service);

        var result = Assert.Single(await client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal(2, service.Hits.Count);
        Assert.NotNull(result.Sentiment);
    }

    [Fact]
    public async Task Persistent503_RetriedMaxRetriesTimes_ThenRequestFailedExceptionWithStatusAndCode()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Enqueue(LanguageFault.Unavailable(), times: 10);
        var client = LanguageTestClients.Client(service, o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal(503, ex.Status);
        Assert.Equal("ServiceUnavailable", ex.ErrorCode);
        Assert.Equal(3, service.Hits.Count);
    }

    [Fact]
    public async Task WholeRequest400_NotRetried_ErrorCodeIsTheInnerReason()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service, o => o.ApiVersion = "2023-04-01");
        service.Enqueue(new LanguageFault(400, "InvalidDocumentBatch"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal((400, "InvalidDocumentBatch"), (ex.Status, ex.ErrorCode));
        Assert.Equal("2023-04-01", Assert.Single(service.Hits).ApiVersion);
    }

    [Fact]
    public async Task WrongKey_401NotRetried_AndTheKeyIsNotInTheMessage()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service, o => o.Key = "wrong-secret-key");

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal(401, ex.Status);
        Assert.Single(service.Hits);
        Assert.DoesNotContain("wrong-secret-key", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowerThanNetworkTimeout_RetriedThenTimeoutError()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Enqueue(LanguageFault.Slow(TimeSpan.FromSeconds(10)), times: 2);
        var client = LanguageTestClients.Client(service, o => (o.NetworkTimeoutSeconds, o.MaxRetries) = (1, 1));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal("Timeout", ex.ErrorCode);
        Assert.Contains("did not answer within 1 s, after 2 attempt(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, service.Hits.Count);
    }

    [Fact]
    public async Task NothingListening_RetriedThenUnreachableError()
    {
        var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service, o => o.MaxRetries = 1);
        await service.DisposeAsync();

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal((0, "Unreachable"), (ex.Status, ex.ErrorCode));
        Assert.Contains("after 2 attempt(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted202WithoutBody_IsAnErrorThatSaysSo()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Enqueue(LanguageFault.Accepted());
        var client = LanguageTestClients.Client(service);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(One, Ct));

        Assert.Equal((202, "EmptyResponse"), (ex.Status, ex.ErrorCode));
        Assert.Contains("202 and no results", ex.Message, StringComparison.Ordinal);
    }
}
