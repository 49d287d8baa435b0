using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Storage;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>
/// A held card (quiet hours, a spent Teams budget) is not lost and not early: its message comes back when the card
/// is due and the card then reaches the webhook. Writer and delivery run on one fake clock over Azurite.
/// </summary>
public sealed class HeldCardDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FakeWorkflows _teams = null!;

    public async ValueTask InitializeAsync() => _teams = await FakeWorkflows.StartAsync();

    public async ValueTask DisposeAsync() => await _teams.DisposeAsync();

    private TopicsTestServices Host(string hourlyBudget = "100")
    {
        var settings = CardSettings.For();
        settings["TEAMS_WEBHOOK_SNAPWELL"] = _teams.Url.AbsoluteUri;
        settings["Teams:HourlyBudget"] = hourlyBudget;
        settings["Teams:RetryDelaySeconds"] = "0.05";
        settings["Teams:AttemptTimeoutSeconds"] = "5";
        return new TopicsTestServices(_storage, _time, settings);
    }

    [Fact]
    public async Task Card_held_through_quiet_hours_comes_back_on_its_queue_when_they_end_and_is_delivered()
    {
        await using var host = Host();
        var brand = host.Get<BrandFolder>().Brands().Single();
        // Two seconds before the end of the brand's quiet hours: the held message really becomes visible when due.
        var quietEnd = _time.GetUtcNow().AddSeconds(2);
        await host.Get<SuggestionCardWriter>().AcceptAsync(Scores(brand, "t-bakery", new Delivery(DeliveryAction.Hold, "quiet hours", quietEnd)), Context(), _ct);
        var id = CardIds.For(brand.Id, "t-bakery", 0);
        Assert.Equal(0, await VisibleMessagesAsync(host));

        // A message that arrives early (a redelivery) posts nothing and keeps the card queued.
        var early = await DeliverAsync(host, id);
        Assert.Equal((CardState.Queued, quietEnd), (early.State, early.NotBefore!.Value));
        Assert.Empty(_teams.Hits);

        _time.Advance(TimeSpan.FromSeconds(2));
        var message = await NextMessageAsync(host);
        var delivered = await DeliverAsync(host, SuggestionRequests.CardIdOf(message)!);

        Assert.Equal(id, delivered.Id);
        Assert.Equal((CardState.Delivered, 1), (delivered.State, delivered.Attempts));
        Assert.Equal(_time.GetUtcNow(), delivered.DeliveredAt!.Value);
        var hit = Assert.Single(_teams.Hits);
        Assert.Contains("Harbor bakery wins national cookie prize", hit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_held_by_a_spent_hourly_budget_goes_out_when_the_hour_has_passed_not_before()
    {
        await using var host = Host(hourlyBudget: "1");
        var brand = host.Get<BrandFolder>().Brands().Single();
        var writer = host.Get<SuggestionCardWriter>();
        await writer.AcceptAsync(Scores(brand, "t-bakery", new Delivery(DeliveryAction.Send, "send now")), Context(), _ct);
        await writer.AcceptAsync(Scores(brand, "t-harbor", new Delivery(DeliveryAction.Send, "send now")), Context(), _ct);
        var first = await DeliverAsync(host, CardIds.For(brand.Id, "t-bakery", 0));
        var held = await DeliverAsync(host, CardIds.For(brand.Id, "t-harbor", 0));

        Assert.Equal(CardState.Delivered, first.State);
        Assert.Equal((CardState.Queued, first.DeliveredAt!.Value.AddHours(1)), (held.State, held.NotBefore!.Value));
        Assert.Single(_teams.Hits);

        _time.Advance(TimeSpan.FromMinutes(59));
        var stillHeld = await DeliverAsync(host, held.Id);
        Assert.Equal((CardState.Queued, 0), (stillHeld.State, stillHeld.Attempts));
        Assert.Single(_teams.Hits);

        _time.Advance(TimeSpan.FromMinutes(1));
        var delivered = await DeliverAsync(host, held.Id);

        Assert.Equal((CardState.Delivered, 1), (delivered.State, delivered.Attempts));
        Assert.Equal(2, _teams.Hits.Count);
    }

    private async Task<SuggestionCard> DeliverAsync(TopicsTestServices host, string id)
    {
        await host.Get<DeliverSuggestionHandler>().HandleAsync($$"""{"cardId":"{{id}}"}""", _ct);
        return (await host.Get<CardStore>().GetAsync(id, _ct))!;
    }

    /// <summary>The next message the suggestions queue hands out, as the queue trigger would receive it.</summary>
    private async Task<string> NextMessageAsync(TopicsTestServices host)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        wait.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var received = (await Queue(host).ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30), wait.Token)).Value;
            if (received.Length > 0)
            {
                await Queue(host).DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt, wait.Token);
                return received[0].Body.ToString();
            }

            await Task.Delay(200, wait.Token);
        }
    }

    private ScoredTopicsContext Context() => new(_time.GetUtcNow(), new Dictionary<string, Newsjack.Core.Topics.Topic>(), new Dictionary<string, Newsjack.Core.News.NewsItem>());

    private BrandScores Scores(BrandProfile brand, string topicId, Delivery delivery)
    {
        var label = topicId == "t-bakery" ? "Harbor bakery wins national cookie prize" : "Harbor cookie fair opens early";
        var subject = new ScoringSubject
        {
            Id = topicId,
            Label = label,
            Items = [new SubjectText(topicId + "-1", label)],
            MomentumSigma = 3,
            FirstSeen = _time.GetUtcNow().AddHours(-1),
            LastSeen = _time.GetUtcNow(),
        };
        var score = new TopicScore(subject, new RelevanceResult(0.7, 0.7, ["cookie"], ["matched brand topics: cookie"]),
            new RiskAssessment(RiskTier.None, [], [], []), Decision.Suggest, ["risk none"], delivery);
        return new BrandScores(brand, [score]);
    }

    private static QueueClient Queue(TopicsTestServices host) => host.Get<QueueServiceClient>().GetQueueClient(host.Names.Queue("suggestions"));

    private static async Task<int> VisibleMessagesAsync(TopicsTestServices host) =>
        (await Queue(host).PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value.Length;
}
