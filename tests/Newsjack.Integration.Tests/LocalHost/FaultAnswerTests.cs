using System.Net;
using System.Text;
using System.Text.Json;
using Newsjack.Cli.Demo;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Integration.Tests.Buzz;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>
/// A request that fails for the server's own reasons is answered as a fault: 503 with Retry-After while storage
/// is down (a retry then stores everything exactly once), 500 with a problem-details body for anything else.
/// Uses a private Azurite, so tests on the shared one keep running.
/// </summary>
public sealed class FaultAnswerTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private AzuriteProcess _azurite = null!;

    public async ValueTask InitializeAsync() => _azurite = await TestAzurite.StartNewAsync();

    public async ValueTask DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task Storage_down_answers_503_with_retry_after_and_the_retry_after_restart_stores_the_batch_once()
    {
        await using var host = await LocalHostServer.StartAsync(_azurite.ConnectionString, _azurite.NewStorageOptions());
        var body = Batch(0, 150);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, body)).Status);

        await _azurite.StopAsync();
        var down = await PostAsync(host, body);
        await _azurite.StartAsync(CancellationToken.None);
        var retried = await PostAsync(host, body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.True(down.RetryAfter is { } wait && wait >= TimeSpan.FromSeconds(1), $"Retry-After: {down.RetryAfter}");
        Assert.Equal("application/problem+json", down.ContentType);
        using var problem = JsonDocument.Parse(down.Body);
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Storage unavailable", problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("devstoreaccount1", down.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        // Azurite lost its memory in the outage, as a fresh account would: the retry stores all 150 again.
        Assert.Equal(150, Summary(retried).Accepted);
    }

    [Fact]
    public async Task A_retry_of_a_half_applied_batch_stores_the_rest_and_counts_each_post_once()
    {
        await using var host = await LocalHostServer.StartAsync(_azurite.ConnectionString, _azurite.NewStorageOptions());

        // The first two chunks of 99 landed before the fault; the retry sends the whole batch again.
        var first = await PostAsync(host, Batch(0, 198));
        var retried = await PostAsync(host, Batch(0, 300));

        Assert.Equal(198, Summary(first).Accepted);
        Assert.Equal((102, 198), (Summary(retried).Accepted, Summary(retried).Duplicates));
    }

    [Fact]
    public async Task Storage_refusing_the_account_answers_500_with_a_problem_body_not_an_empty_one()
    {
        var wrongKey = _azurite.ConnectionString.Replace("AccountKey=Eby8", "AccountKey=Xby8", StringComparison.Ordinal);
        await using var host = await LocalHostServer.StartAsync(wrongKey, _azurite.NewStorageOptions());

        var answer = await PostAsync(host, Batch(0, 3));

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Null(answer.RetryAfter);
        Assert.Equal("application/problem+json", answer.ContentType);
        using var problem = JsonDocument.Parse(answer.Body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(problem.RootElement.GetProperty("traceId").GetString()!, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string Batch(int from, int count) =>
        string.Join('\n', Enumerable.Range(from, count).Select(i => BuzzSamples.Post($"f{i}")));

    private static BuzzIngestSummary Summary((HttpStatusCode Status, TimeSpan? RetryAfter, string? ContentType, string Body) answer) =>
        JsonSerializer.Deserialize(answer.Body, NewsjackJsonContext.Default.BuzzIngestSummary)!;

    private async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, string? ContentType, string Body)> PostAsync(LocalHostServer host, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        using var response = await host.Http.PostAsync(new Uri("/api/buzz", UriKind.Relative), content, _ct);
        return (response.StatusCode, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(_ct));
    }
}
