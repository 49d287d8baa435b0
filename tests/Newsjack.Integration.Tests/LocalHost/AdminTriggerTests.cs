using System.Net;
using System.Text;
using System.Text.Json;
using Newsjack.Azure.News;
using Newsjack.Azure.Topics;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>`POST /admin/functions/{name}` on the local host: a timer job now, without waiting for its schedule.</summary>
public sealed class AdminTriggerTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posting_DetectTopics_answers_202_and_the_run_writes_topics_long_before_its_yearly_schedule()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);
        await TopicSamples.StoreItemsAsync(host.Services.GetRequiredService<NewsItemStore>(), host.Time.GetUtcNow(), cancellationToken: _ct);

        using var answer = await host.Http.PostAsync("/admin/functions/DetectTopics", Json("""{"input":""}"""), _ct);

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        await Eventually.TrueAsync(async () => await OutcomeAsync(host, "DetectTopics") is "succeeded", "DetectTopics run recorded in /api/health");
        var topics = await host.Services.GetRequiredService<TopicStore>().ReadRecentAsync(host.Time.GetUtcNow().AddDays(-1), _ct);
        Assert.Equal(3, topics.Count);
        Assert.Contains(topics, t => t.ItemIds.Order(StringComparer.Ordinal).SequenceEqual(["blackout-1", "blackout-2", "blackout-3"]));
    }

    [Fact]
    public async Task Names_are_matched_like_the_Functions_host_does_without_case()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var answer = await host.Http.PostAsync("/admin/functions/cleanupbuzz", Json("{}"), _ct);

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        await Eventually.TrueAsync(async () => await OutcomeAsync(host, "CleanupBuzz") is "succeeded", "CleanupBuzz run recorded");
    }

    [Fact]
    public async Task An_unknown_or_non_timer_function_is_404_listing_the_timer_functions()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        using var answer = await host.Http.PostAsync("/admin/functions/ScoreTopics", Json("{}"), _ct);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var detail = (await answer.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("detail").GetString();
        Assert.Contains("'ScoreTopics' is not a timer function", detail, StringComparison.Ordinal);
        Assert.Contains("PollFeeds, CleanupBuzz, DetectTopics, ExpireCards", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_text_post_or_a_post_from_another_site_runs_nothing()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);
        using var plain = new StringContent("{}", Encoding.UTF8, "text/plain");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/DetectTopics") { Content = Json("{}") };
        crossSite.Headers.Add("Origin", "https://evil.example");

        using var plainAnswer = await host.Http.PostAsync("/admin/functions/DetectTopics", plain, _ct);
        using var crossAnswer = await host.Http.SendAsync(crossSite, _ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossAnswer.StatusCode);
        Assert.Null(await OutcomeAsync(host, "DetectTopics"));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>The job's last outcome in `/api/health`, or null when it never ran.</summary>
    private async Task<string?> OutcomeAsync(LocalHostServer host, string job)
    {
        using var health = await host.Http.GetAsync("/api/health", _ct);
        var body = await health.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var row = body.GetProperty("jobs").EnumerateArray().FirstOrDefault(j => j.GetProperty("name").GetString() == job);
        return row.ValueKind == JsonValueKind.Object && row.TryGetProperty("lastOutcome", out var outcome) && outcome.ValueKind == JsonValueKind.String
            ? outcome.GetString() : null;
    }
}
