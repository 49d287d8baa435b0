using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Topics;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Scoring.SecondOpinion;

/// <summary>`ScoreTopics` with `SecondOpinion__*` set: the pipeline asks the chat model about what it would suggest.</summary>
public sealed class ScoreTopicsSecondOpinionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Floor = """{"category": "death_injury_conflict", "tier": "floor", "reason": "reads as a remembrance"}""";
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FakeChatService _service = null!;

    public async ValueTask InitializeAsync() => _service = await FakeChatService.StartAsync(_ => Floor);

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Every_suggestion_is_asked_once_and_a_floor_opinion_suppresses_it_across_reruns()
    {
        await using var host = new TopicsTestServices(_storage, _time, new Dictionary<string, string?>(CardSettings.For())
        {
            ["SecondOpinion:Enabled"] = "true",
            ["SecondOpinion:Endpoint"] = _service.Endpoint.ToString(),
            ["SecondOpinion:Deployment"] = FakeChatService.Deployment,
            ["SecondOpinion:Key"] = FakeChatService.Key,
        });
        await TopicSamples.StoreItemsAsync(host.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: _ct);
        await TopicSamples.StorePostsAsync(host.Get<BuzzIngestHandler>(), _time, _ct);
        await host.Get<DetectTopicsJob>().DetectAsync(_ct);

        var report = await host.Get<ScoreTopicsJob>().ScoreAsync(_ct);
        var scores = report.Brands.Single().Scores;
        var asked = _service.Hits.Select(h => h.User).ToList();
        var rerun = await host.Get<ScoreTopicsJob>().ScoreAsync(_ct);

        Assert.NotEmpty(asked);
        Assert.Empty(report.Brands.Single().LetThrough);
        Assert.DoesNotContain(scores, s => s.Decision == Decision.Suggest);
        var raised = scores.Where(s => s.Reasons.Contains("second opinion: reads as death_injury_conflict (floor): reads as a remembrance")).ToList();
        Assert.Equal(asked.Count, raised.Count);
        Assert.All(raised, s => Assert.Equal(Decision.Suppress, s.Decision));
        Assert.All(raised, s => Assert.Contains(asked, a => a.StartsWith(s.Subject.Label, StringComparison.Ordinal)));
        Assert.Equal(asked.Count, _service.Hits.Count);
        Assert.Empty(rerun.Brands.Single().LetThrough);
    }
}
