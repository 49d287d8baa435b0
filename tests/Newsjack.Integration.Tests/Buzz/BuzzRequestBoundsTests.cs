using System.Net;
using System.Text;
using Newsjack.Azure.Buzz;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>
/// One request of hostile input costs bounded work: events, listed reasons, dead-letter rows and log lines are
/// capped (counts stay complete), and bytes that are not UTF-8 are dead-lettered with their reason.
/// </summary>
public sealed class BuzzRequestBoundsTests(AzuriteFixture azurite)
{
    private readonly BuzzStorage _storage = new(azurite);

    [Fact]
    public async Task A_body_of_more_tiny_lines_than_the_event_cap_is_answered_413_and_nothing_is_stored()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);

        var (status, summary) = await PostAsync(host, string.Concat(Enumerable.Repeat("x\n", 2 * BuzzLimits.MaxEventsPerRequest)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("body holds more than 10000 events; send at most 10000 per request (nothing was stored)", Assert.Single(summary.Errors).Reason);
        Assert.Empty(await _storage.DeadLettersAsync());
    }

    [Fact]
    public async Task Thousands_of_distinct_bad_lines_list_the_first_reasons_count_all_and_keep_a_sample_of_dead_letters()
    {
        using var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var handler = new BuzzIngestHandler(_storage.Tables, _storage.Time, factory.CreateLogger<BuzzIngestHandler>());
        await using var host = await BuzzHost.StartAsync(handler);
        var body = string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"garbage {i}").Append(BuzzSamples.Post("good")));

        var (status, summary) = await PostAsync(host, body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((1, 3000), (summary.Accepted, summary.Rejected));
        Assert.Equal(Enumerable.Range(1, BuzzLimits.MaxErrorsListed), summary.Errors.Select(e => e.Line));
        Assert.Equal(3000 - BuzzLimits.MaxErrorsListed, summary.ErrorsOmitted);
        Assert.Equal(BuzzLimits.MaxDeadLettersPerRequest, (await _storage.DeadLettersAsync()).Count);
        var warnings = logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).ToList();
        Assert.Equal(BuzzLimits.MaxLoggedRejections + 1, warnings.Count);
        Assert.Contains("2990 more rejected events not logged (3000 rejected, 100 kept as dead letters)", warnings[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_that_is_not_utf8_is_dead_lettered_with_its_reason_and_the_good_ones_are_stored()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);
        byte[] body = [.. Encoding.UTF8.GetBytes(BuzzSamples.Post("1") + "\n"), .. Encoding.Latin1.GetBytes(BuzzSamples.Post("caf\u00e9"))];

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-ndjson");
        var (status, summary) = await PostAsync(host, content);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((1, 1), (summary.Accepted, summary.Rejected));
        var error = Assert.Single(summary.Errors);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("not valid UTF-8: byte 11 of the event (0xE9)", error.Reason, StringComparison.Ordinal);
        Assert.Single(await _storage.PostsAsync());
        Assert.StartsWith("not valid UTF-8", Assert.Single(await _storage.DeadLettersAsync()).GetString("Reason"), StringComparison.Ordinal);
    }

    private static Task<(HttpStatusCode Status, BuzzIngestSummary Summary)> PostAsync(BuzzHost host, string body) =>
        PostAsync(host, new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

    private static async Task<(HttpStatusCode Status, BuzzIngestSummary Summary)> PostAsync(BuzzHost host, HttpContent content)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(host.BuzzUrl, content, TestContext.Current.CancellationToken);
        var summary = await response.Content.ReadFromJsonAsync(NewsjackJsonContext.Default.BuzzIngestSummary, TestContext.Current.CancellationToken);
        return (response.StatusCode, summary!);
    }
}
