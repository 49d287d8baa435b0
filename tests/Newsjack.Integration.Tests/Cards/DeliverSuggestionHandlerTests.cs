using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Storage;
using Newsjack.Core.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>Delivery faults against a real local server that answers like Teams Workflows.</summary>
public sealed class DeliverSuggestionHandlerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Envelope = """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","contentUrl":null,"content":{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"Blackout!"}]}}]}""";

    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly LogCapture _logs = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FakeWorkflows _teams = null!;

    public async ValueTask InitializeAsync() => _teams = await FakeWorkflows.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _teams.DisposeAsync();
        // Whatever happened, the webhook's secret never reached a log line or a stored error.
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(FakeWorkflows.Signature, StringComparison.Ordinal));
    }

    private TopicsTestServices Host(Dictionary<string, string?>? teams = null)
    {
        var settings = CardSettings.For();
        settings["TEAMS_WEBHOOK_SNAPWELL"] = _teams.Url.AbsoluteUri;
        settings["Teams:RetryDelaySeconds"] = "0.05";
        settings["Teams:AttemptTimeoutSeconds"] = "1";
        settings["Teams:TotalTimeoutSeconds"] = "8";
        settings["Teams:SecondsBetweenPosts"] = "0.25";
        settings["Teams:RetryBackoffSeconds"] = "0.01";
        foreach (var (key, value) in teams ?? [])
        {
            settings[key] = value;
        }

        return new TopicsTestServices(_storage, new FakeTimeProvider(TopicSamples.Now), settings, s =>
        {
            s.AddSingleton(TimeProvider.System);
            s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        });
    }

    private async Task<string> QueueCardAsync(TopicsTestServices host, string topic = "t-blackout")
    {
        var store = host.Get<CardStore>();
        await store.EnsureAsync(_ct);
        await host.Get<SuggestionRequests>().EnsureAsync(_ct);
        var now = TimeProvider.System.GetUtcNow();
        var id = CardIds.For("snapwell-snacks", topic, 0);
        await store.AddAsync(new SuggestionCard
        {
            Id = id, BrandId = "snapwell-snacks", TopicId = topic, TopicLabel = "Stadium blackout", Decision = "suggest",
            EnvelopeJson = Envelope, EnvelopeBytes = Envelope.Length, CreatedAt = now, UpdatedAt = now, LinksExpireAt = now.AddHours(6),
        }, _ct);
        return id;
    }

    private async Task<SuggestionCard> DeliverAsync(TopicsTestServices host, string id)
    {
        await host.Get<DeliverSuggestionHandler>().HandleAsync($$"""{"cardId":"{{id}}"}""", _ct);
        return (await host.Get<CardStore>().GetAsync(id, _ct))!;
    }

    [Fact]
    public async Task Accepted_with_202_and_an_empty_body_is_delivered()
    {
        await using var host = Host();

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal((CardState.Delivered, 1, null), (card.State, card.Attempts, card.LastError));
        var hit = Assert.Single(_teams.Hits);
        Assert.Equal((202, Envelope), (hit.Status, hit.Body));
        Assert.Contains(_logs.Lines, l => l.Contains("delivered to TEAMS_WEBHOOK_SNAPWELL (HTTP 202", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Any_2xx_is_accepted_and_its_body_never_parsed()
    {
        await using var host = Host();
        _teams.Fail(200, "1");                                         // the legacy connector's answer, or a flow that says 200

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal((CardState.Delivered, 1), (card.State, card.Attempts));
        Assert.Equal([200], _teams.Hits.Select(h => h.Status));
    }

    [Fact]
    public async Task A_revoked_flow_fails_for_good_and_the_error_holds_no_secret()
    {
        await using var host = Host(new() { ["TEAMS_WEBHOOK_SNAPWELL"] = _teams.Url.AbsoluteUri.Replace(FakeWorkflows.Signature, "revoked", StringComparison.Ordinal) });

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal((CardState.DeliveryFailed, "Teams refused the card: HTTP 401 Unauthorized: The provided sig is invalid."), (card.State, card.LastError));
        Assert.DoesNotContain("revoked", card.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", card.LastError, StringComparison.Ordinal);
        Assert.Single(_teams.Hits);
    }

    [Fact]
    public async Task Throttled_429_waits_for_Retry_After_then_delivers()
    {
        await using var host = Host();
        _teams.Throttle(retryAfterSeconds: 1);

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal(CardState.Delivered, card.State);
        Assert.Equal([429, 202], _teams.Hits.Select(h => h.Status));
        Assert.True(_teams.Hits[1].At - _teams.Hits[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(_teams.Hits[1].At - _teams.Hits[0].At).TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task Server_errors_back_off_and_retry_within_the_attempt()
    {
        await using var host = Host();
        _teams.Fail(500, "Internal Server Error", times: 2);

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal((CardState.Delivered, 1), (card.State, card.Attempts));
        Assert.Equal([500, 500, 202], _teams.Hits.Select(h => h.Status));
    }

    [Fact]
    public async Task A_hanging_webhook_times_out_and_the_retry_delivers()
    {
        await using var host = Host();
        _teams.Hang();

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal(CardState.Delivered, card.State);
        Assert.Equal(2, _teams.Hits.Count);
    }

    [Fact]
    public async Task Payload_too_large_413_fails_for_good_with_the_body_kept()
    {
        await using var host = Host();
        _teams.Fail(413, "{\"error\":{\"code\":\"MessageTooLarge\",\"message\":\"The request content size exceeds 28 KB.\"}}");

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal(CardState.DeliveryFailed, card.State);
        Assert.StartsWith("Teams refused the card: HTTP 413 Payload Too Large: {\"error\":{\"code\":\"MessageTooLarge\"", card.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeWorkflows.Signature, card.LastError, StringComparison.Ordinal);
        Assert.Single(_teams.Hits);                                    // permanent: never retried
        Assert.Equal(0, await MessagesAsync(host));
    }

    [Fact]
    public async Task Failing_attempts_are_retried_later_then_end_DeliveryFailed_and_visible()
    {
        await using var host = Host(new() { ["Teams:MaxAttempts"] = "2", ["Teams:MaxRetries"] = "1" });
        _teams.Fail(503, "Service Unavailable", times: 4);
        var id = await QueueCardAsync(host);

        var first = await DeliverAsync(host, id);
        var second = await DeliverAsync(host, id);

        Assert.Equal((CardState.Queued, 1, "HTTP 503 Service Unavailable: Service Unavailable"), (first.State, first.Attempts, first.LastError));
        Assert.Equal((CardState.DeliveryFailed, 2), (second.State, second.Attempts));
        Assert.Equal("gave up after 2 attempts: HTTP 503 Service Unavailable: Service Unavailable", second.LastError);
        Assert.Equal(4, _teams.Hits.Count);
        Assert.Equal(1, await MessagesAsync(host));                    // the retry message the first attempt sent
    }

    [Fact]
    public async Task Spent_budget_holds_the_card_until_the_window_frees_never_dropping_it()
    {
        await using var host = Host(new() { ["Teams:HourlyBudget"] = "2" });
        var ids = new[] { await QueueCardAsync(host, "t-a"), await QueueCardAsync(host, "t-b"), await QueueCardAsync(host, "t-c") };

        var cards = new List<SuggestionCard>();
        var firstReserved = _teams.Elapsed;
        foreach (var id in ids)
        {
            cards.Add(await DeliverAsync(host, id));
        }

        Assert.Equal([CardState.Delivered, CardState.Delivered, CardState.Queued], cards.Select(c => c.State));
        var held = cards[2];
        Assert.StartsWith("held: budget of 2 posts per 1 h spent until", held.LastError, StringComparison.Ordinal);
        Assert.Equal(cards[0].DeliveredAt!.Value.AddHours(1), held.NotBefore!.Value, TimeSpan.FromSeconds(2));
        Assert.Equal(0, held.Attempts);
        Assert.Equal(2, _teams.Hits.Count);
        Assert.Equal(1, await MessagesAsync(host));                    // invisible until the budget frees
        // Paced from the first post's reservation: a slow first request (cold connection) may arrive late, so the
        // gap between arrivals can be shorter, but the second post never leaves before the gap has passed.
        Assert.True(_teams.Hits[1].At - firstReserved >= TimeSpan.FromSeconds(0.24));
    }

    [Fact]
    public async Task Two_deliveries_of_one_card_at_once_post_it_once()
    {
        await using var host = Host();
        await using var other = Host();
        var id = await QueueCardAsync(host);

        await Task.WhenAll(DeliverAsync(host, id), DeliverAsync(other, id));

        Assert.Single(_teams.Hits);
        Assert.Equal(CardState.Delivered, (await host.Get<CardStore>().GetAsync(id, _ct))!.State);
    }

    [Fact]
    public async Task Unset_webhook_setting_fails_the_card_naming_the_setting()
    {
        await using var host = Host(new() { ["TEAMS_WEBHOOK_SNAPWELL"] = "" });

        var card = await DeliverAsync(host, await QueueCardAsync(host));

        Assert.Equal((CardState.DeliveryFailed, "setting TEAMS_WEBHOOK_SNAPWELL (Teams webhook URL) is not set"), (card.State, card.LastError));
        Assert.Empty(_teams.Hits);
    }

    [Fact]
    public async Task Poisoned_message_makes_its_card_DeliveryFailed()
    {
        await using var host = Host();
        var id = await QueueCardAsync(host);

        await host.Get<PoisonSuggestionHandler>().HandleAsync($$"""{"cardId":"{{id}}"}""", _ct);

        var card = (await host.Get<CardStore>().GetAsync(id, _ct))!;
        Assert.Equal(CardState.DeliveryFailed, card.State);
        Assert.StartsWith("delivery message poisoned", card.LastError, StringComparison.Ordinal);
    }

    private static async Task<int> MessagesAsync(TopicsTestServices host) =>
        (await host.Get<QueueServiceClient>().GetQueueClient(host.Names.Queue("suggestions")).GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount;
}
