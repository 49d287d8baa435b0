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

namespace Newsjack.Integration.Tests.Scoring;

/// <summary>
/// `ScoreTopics` after `DetectTopics`, over Azurite with the production service graph: what each brand in the
/// brands folder would be told about the stored topics, handed to every sink (the cards stage is one).
/// </summary>
public sealed class ScoreTopicsJobTests(AzuriteFixture azurite)
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);

    [Fact]
    public async Task Stored_topics_are_scored_for_every_brand_in_the_folder_and_handed_to_the_sinks()
    {
        var ct = TestContext.Current.CancellationToken;
        var sink = new RecordingSink();
        await using var services = new TopicsTestServices(_storage, _time, Settings(), s => s.AddSingleton<IScoredTopicsSink>(sink)); // the folder holds snapwell-snacks
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: ct);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);
        await services.Get<DetectTopicsJob>().DetectAsync(ct);

        var report = await services.Get<ScoreTopicsJob>().ScoreAsync(ct);

        var brand = Assert.Single(report.Brands);
        Assert.Equal("snapwell-snacks", brand.Brand.Id);
        Assert.Equal(report.Topics.Select(t => t.Id).Order(StringComparer.Ordinal), brand.Scores.Select(s => s.Subject.Id).Order(StringComparer.Ordinal));
        var blackout = report.Topics.Single(t => t.ItemIds.Contains("blackout-1"));
        var bakery = report.Topics.Single(t => t.ItemIds.Contains("bakery-1"));
        var blackoutScore = brand.Scores.Single(s => s.Subject.Id == blackout.Id);
        var bakeryScore = brand.Scores.Single(s => s.Subject.Id == bakery.Id);
        // A cookie brand that lists "blackout" and "halftime" hears about the stadium blackout; a sourdough prize is not its business.
        Assert.Contains("blackout", blackoutScore.Relevance.MatchedTerms);
        Assert.True(blackoutScore.Relevance.Score > bakeryScore.Relevance.Score, $"blackout {blackoutScore.Relevance.Score:0.00} vs bakery {bakeryScore.Relevance.Score:0.00}");
        Assert.Equal(Decision.Ignore, bakeryScore.Decision);
        var handed = Assert.Single(sink.Received, r => ReferenceEquals(r.Scores, brand));
        Assert.Equal(blackout.Label, handed.Context.Topics[blackout.Id].Label);
    }

    [Fact]
    public async Task No_stored_topics_scores_nothing_and_tells_no_sink()
    {
        var ct = TestContext.Current.CancellationToken;
        var sink = new RecordingSink();
        await using var services = new TopicsTestServices(_storage, _time, Settings(), s => s.AddSingleton<IScoredTopicsSink>(sink));
        await services.Get<TopicStore>().EnsureAsync(ct);

        var report = await services.Get<ScoreTopicsJob>().ScoreAsync(ct);

        Assert.Empty(report.Brands);
        Assert.Empty(sink.Received);
    }

    private static Dictionary<string, string?> Settings()
    {
        var settings = CardSettings.For();
        settings["Embeddings:Provider"] = "none";
        return settings;
    }

    private sealed class RecordingSink : IScoredTopicsSink
    {
        public List<(BrandScores Scores, ScoredTopicsContext Context)> Received { get; } = [];

        public Task AcceptAsync(BrandScores scores, ScoredTopicsContext context, CancellationToken cancellationToken)
        {
            Received.Add((scores, context));
            return Task.CompletedTask;
        }
    }
}
