using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Cards;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Topics;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Cards;

public sealed class SuggestionCardWriterTests(AzuriteFixture azurite)
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private TopicsTestServices Host() => new(_storage, _time, CardSettings.For());

    [Fact]
    public async Task Scoring_run_writes_queued_cards_held_through_quiet_hours_and_a_rerun_or_second_host_adds_none()
    {
        await using var host = Host();
        await TopicSamples.StoreItemsAsync(host.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: _ct);
        await TopicSamples.StorePostsAsync(host.Get<BuzzIngestHandler>(), _time, _ct);
        await host.Get<DetectTopicsJob>().DetectAsync(_ct);

        var report = await host.Get<ScoreTopicsJob>().ScoreAsync(_ct);
        var letThrough = report.Brands.Single().LetThrough;
        var cards = await host.Get<CardStore>().RecentAsync("snapwell-snacks", _time.GetUtcNow().AddDays(-1), _ct);

        Assert.NotEmpty(letThrough);
        Assert.Equal(letThrough.Select(s => s.Subject.Id).Order(StringComparer.Ordinal), cards.Select(c => c.TopicId).Order(StringComparer.Ordinal));
        // 10:30 UTC is 05:30 in New York, inside Snapwell's quiet hours 23:00-07:00: held until 07:00 local (12:00 UTC).
        Assert.All(cards, c => Assert.Equal((CardState.Queued, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)), (c.State, c.NotBefore!.Value)));
        Assert.All(cards, c => Assert.InRange(c.EnvelopeBytes, 1000, 20 * 1024));
        Assert.Equal(0, await VisibleMessagesAsync(host));
        Assert.Equal(cards.Count, await MessageCountAsync(host));

        var rerun = await host.Get<ScoreTopicsJob>().ScoreAsync(_ct);
        await using var second = Host();
        await second.Get<ScoreTopicsJob>().ScoreAsync(_ct);

        Assert.Empty(rerun.Brands.Single().LetThrough);             // the gate now sees the queued cards (cooldown)
        Assert.Equal(cards.Count, (await second.Get<CardStore>().RecentAsync("snapwell-snacks", _time.GetUtcNow().AddDays(-1), _ct)).Count);
        Assert.Equal(cards.Count, await MessageCountAsync(host));
    }

    [Fact]
    public async Task Same_topic_again_makes_no_second_card_unless_momentum_jumps_sharply()
    {
        await using var host = Host();
        var writer = host.Get<SuggestionCardWriter>();
        var brand = host.Get<BrandFolder>().Brands().Single();

        await writer.AcceptAsync(Scores(brand, sigma: 3), Context(), _ct);
        await writer.AcceptAsync(Scores(brand, sigma: 4.5), Context(), _ct);   // redelivered or a mild rise: same card
        _time.Advance(TimeSpan.FromMinutes(10));
        await writer.AcceptAsync(Scores(brand, sigma: 8), Context(), _ct);     // 3 → 8 sigma: the sharp-jump rule

        var cards = await host.Get<CardStore>().RecentAsync(brand.Id, _time.GetUtcNow().AddDays(-1), _ct);
        Assert.Equal([(0, CardIds.For(brand.Id, "t-bakery", 0)), (1, CardIds.For(brand.Id, "t-bakery", 1))], cards.Select(c => (c.Generation, c.Id)));
        Assert.Equal(2, await VisibleMessagesAsync(host));
    }

    [Fact]
    public async Task Card_written_by_a_host_that_stopped_before_enqueueing_is_enqueued_by_the_next_writer()
    {
        await using var host = Host();
        var brand = host.Get<BrandFolder>().Brands().Single();
        var store = host.Get<CardStore>();
        await store.EnsureAsync(_ct);
        await store.AddAsync(new SuggestionCard
        {
            Id = CardIds.For(brand.Id, "t-bakery", 0), BrandId = brand.Id, TopicId = "t-other-run", TopicLabel = "x", Decision = "suggest",
            EnvelopeJson = "{}", CreatedAt = _time.GetUtcNow(), UpdatedAt = _time.GetUtcNow(), LinksExpireAt = _time.GetUtcNow().AddHours(6),
        }, _ct);

        await host.Get<SuggestionCardWriter>().AcceptAsync(Scores(brand, sigma: 3), Context(), _ct);

        Assert.Equal(1, await VisibleMessagesAsync(host));
        Assert.Equal("t-other-run", (await store.GetAsync(CardIds.For(brand.Id, "t-bakery", 0), _ct))!.TopicId);   // not overwritten
    }

    private ScoredTopicsContext Context() => new(_time.GetUtcNow(), new Dictionary<string, Newsjack.Core.Topics.Topic>(), new Dictionary<string, Newsjack.Core.News.NewsItem>());

    private BrandScores Scores(BrandProfile brand, double sigma)
    {
        var subject = new ScoringSubject
        {
            Id = "t-bakery",
            Label = "Harbor bakery wins national cookie prize",
            Items = [new SubjectText("bakery-1", "Harbor bakery wins national cookie prize")],
            MomentumSigma = sigma,
            FirstSeen = _time.GetUtcNow().AddHours(-1),
            LastSeen = _time.GetUtcNow(),
        };
        var score = new TopicScore(subject, new RelevanceResult(0.7, 0.7, ["cookie"], ["matched brand topics: cookie"]),
            new RiskAssessment(RiskTier.None, [], [], []), Decision.Suggest, ["risk none"], new Delivery(DeliveryAction.Send, "send now"));
        return new BrandScores(brand, [score]);
    }

    private static QueueClient Queue(TopicsTestServices host) => host.Get<QueueServiceClient>().GetQueueClient(host.Names.Queue("suggestions"));

    private static async Task<int> VisibleMessagesAsync(TopicsTestServices host) =>
        (await Queue(host).PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value.Length;

    private static async Task<int> MessageCountAsync(TopicsTestServices host) =>
        (await Queue(host).GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount;
}
