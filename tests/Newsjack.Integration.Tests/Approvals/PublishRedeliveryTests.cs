using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Approvals;
using Newsjack.Azure.Cards;
using Newsjack.Core.Approvals;
using Newsjack.Core.Cards;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>
/// A queue delivers at least once: the same <c>publish</c> message can come back after the post went out (a crash,
/// a lost lease, a timeout) or arrive twice at once. Whatever happens, a card is published once and its follow-up
/// reaches Teams once, and the audit says what the extra delivery found. Azurite, a live publish receiver and the
/// Teams Workflows fake; the handler is called as the queue trigger calls it.
/// </summary>
public sealed class PublishRedeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _brands = Directory.CreateTempSubdirectory("newsjack-redelivery-brands-").FullName;
    private FakeWorkflows _teams = null!;
    private PublishReceiver _receiver = null!;

    public async ValueTask InitializeAsync()
    {
        _teams = await FakeWorkflows.StartAsync();
        _receiver = await PublishReceiver.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(_brands, "lumen-hair.json"), """
            { "id": "lumen-hair", "name": "Lumen Haircare", "topics": [ { "phrase": "hair" } ],
              "approvers": ["ana@lumen.example"], "publish": { "webhookSetting": "PUBLISH_WEBHOOK_LUMEN" } }
            """, _ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _teams.DisposeAsync();
        await _receiver.DisposeAsync();
        Directory.Delete(_brands, recursive: true);
    }

    private ApprovalsTestServices Services(TimeProvider? time = null) => new(azurite.NewStorageOptions(), new Dictionary<string, string?>
    {
        ["Scoring:BrandsFolder"] = _brands,
        ["TEAMS_WEBHOOK_LUMEN_HAIR"] = _teams.Url.AbsoluteUri,
        ["Teams:RetryDelaySeconds"] = "0.05",
        ["Publish:DryRun"] = "false",
        ["Publish:RetryDelaySeconds"] = "0.02",
        ["PUBLISH_WEBHOOK_LUMEN"] = _receiver.Url.AbsoluteUri,
        ["PUBLISH_WEBHOOK_LUMEN_SECRET"] = PublishReceiver.Secret,
    }, time);

    private async Task<SuggestionCard> SeedAsync(ApprovalsTestServices services, string id, CardState state, DateTimeOffset at, Func<SuggestionCard, SuggestionCard>? change = null)
    {
        var card = new SuggestionCard
        {
            Id = id, BrandId = "lumen-hair", TopicId = "t-" + id, TopicLabel = "Oscars red carpet hairstyles", Decision = "suggest", EnvelopeJson = "{}",
            State = state, CreatedAt = at.AddMinutes(-10), UpdatedAt = at, DeliveredAt = at.AddMinutes(-9), LinksExpireAt = at.AddHours(6),
            DecidedBy = "ana@lumen.example", DecidedAt = at, ChosenText = "Red carpet, redder hair. #LumenHair", ChosenPlatform = "X",
        };
        card = change?.Invoke(card) ?? card;
        var store = services.Get<CardStore>();
        await store.EnsureAsync(_ct);
        Assert.True(await store.AddAsync(card, _ct));
        return card;
    }

    private static string Message(string cardId, bool followUp = false) =>
        followUp ? $$"""{"cardId":"{{cardId}}","followUp":true}""" : $$"""{"cardId":"{{cardId}}"}""";

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(ApprovalsTestServices services, string cardId) =>
        [.. (await services.Get<AuditStore>().ReadAsync("lumen-hair", null, _ct)).Where(a => a.CardId == cardId)];

    [Fact]
    public async Task A_publish_message_delivered_again_after_it_finished_publishes_once_and_posts_one_follow_up()
    {
        await using var services = Services();
        await SeedAsync(services, "r-again", CardState.Approved, DateTimeOffset.UtcNow);
        var handler = services.Get<PublishHandler>();

        await handler.HandleAsync(Message("r-again"), _ct);
        await handler.HandleAsync(Message("r-again"), _ct);
        await handler.HandleAsync(Message("r-again", followUp: true), _ct);

        Assert.Single(_receiver.Hits);
        var post = Assert.Single(_teams.Hits);
        Assert.Contains("Approved and published", post.Body, StringComparison.Ordinal);
        var card = await services.Get<CardStore>().GetAsync("r-again", _ct);
        Assert.Equal(CardState.Published, card!.State);
        Assert.NotNull(card.FollowUpEndedAt);
        var audit = await AuditAsync(services, "r-again");
        Assert.Single(audit, a => a.Action == AuditAction.Published);
        Assert.Single(audit, a => a.Action == AuditAction.FollowUp);
        var duplicates = audit.Where(a => a.Action == AuditAction.Duplicate).Select(a => a.Detail!).ToList();
        Assert.Contains(duplicates, d => d.Contains("card already Published", StringComparison.Ordinal));
        Assert.Equal(2, duplicates.Count(d => d.StartsWith("follow-up already posted at ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_publish_message_delivered_concurrently_publishes_once_and_posts_one_follow_up()
    {
        await using var services = Services();
        await SeedAsync(services, "r-race", CardState.Approved, DateTimeOffset.UtcNow);
        var handler = services.Get<PublishHandler>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => handler.HandleAsync(Message("r-race"), _ct), _ct)));

        Assert.Single(_receiver.Hits);
        Assert.Single(_teams.Hits);
        Assert.Equal(CardState.Published, (await services.Get<CardStore>().GetAsync("r-race", _ct))!.State);
        Assert.Single(await AuditAsync(services, "r-race"), a => a.Action == AuditAction.Published);
    }

    [Fact]
    public async Task A_card_left_publishing_by_a_delivery_that_died_is_never_sent_again_and_ends_with_its_outcome_unknown()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = Services(time);
        await SeedAsync(services, "r-died", CardState.Publishing, time.GetUtcNow());
        var handler = services.Get<PublishHandler>();

        // While the first delivery may still be sending: nothing sent, and the message looks again later.
        await handler.HandleAsync(Message("r-died"), _ct);
        Assert.Equal(CardState.Publishing, (await services.Get<CardStore>().GetAsync("r-died", _ct))!.State);

        time.Advance(services.Get<Microsoft.Extensions.Options.IOptions<PublishOptions>>().Value.Lease + TimeSpan.FromSeconds(1));
        await handler.HandleAsync(Message("r-died"), _ct);

        Assert.Empty(_receiver.Hits);
        var card = await services.Get<CardStore>().GetAsync("r-died", _ct);
        Assert.Equal(CardState.PublishFailed, card!.State);
        Assert.StartsWith("outcome unknown", card.LastError, StringComparison.Ordinal);
        var post = Assert.Single(_teams.Hits);
        Assert.Contains("outcome unknown", post.Body, StringComparison.Ordinal);
        var audit = await AuditAsync(services, "r-died");
        Assert.Contains(audit, a => a.Action == AuditAction.Duplicate && a.Detail!.Contains("publishing by another delivery since", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == AuditAction.PublishFailed && a.Detail!.StartsWith("outcome unknown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_whose_post_started_but_never_recorded_an_answer_is_not_posted_again_and_the_audit_says_unknown()
    {
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        await using var services = Services();
        await SeedAsync(services, "r-cut", CardState.Published, at, c => c with { PublishedAt = at, PublishReceipt = "HTTP 200", FollowUpStartedAt = at });

        await services.Get<PublishHandler>().HandleAsync(Message("r-cut", followUp: true), _ct);

        Assert.Empty(_teams.Hits);
        Assert.Empty(_receiver.Hits);
        Assert.Contains(await AuditAsync(services, "r-cut"), a => a.Action == AuditAction.Duplicate
            && a.Detail!.StartsWith("follow-up outcome unknown: its post started at ", StringComparison.Ordinal));
    }
}
