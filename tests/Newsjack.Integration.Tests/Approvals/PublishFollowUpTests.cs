using Azure.Storage.Queues;
using Newsjack.Azure.Storage;
using Newsjack.Core.Approvals;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>
/// The follow-up card ("approved by X, would publish …") shares the brand's Teams budget with the suggestion cards:
/// when the budget says not yet it waits on the queue and is posted when the budget frees, never dropped.
/// Real local host over Azurite, Teams a real local server that answers like Workflows.
/// </summary>
public sealed class PublishFollowUpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FakeWorkflows _teams = null!;

    public async ValueTask InitializeAsync() => _teams = await FakeWorkflows.StartAsync();

    public async ValueTask DisposeAsync() => await _teams.DisposeAsync();

    private Task<CardPageHost> HostAsync(string budgetSetting, string value) => CardPageHost.StartAsync(azurite, new Dictionary<string, string?>
    {
        ["TEAMS_WEBHOOK_LUMEN_HAIR"] = _teams.Url.AbsoluteUri,
        ["Teams:RetryDelaySeconds"] = "0.05",
        [budgetSetting] = value,
    });

    /// <summary>Two approvers approve two cards moments apart, through the pages; both cards are published (dry run).</summary>
    private static async Task ApproveTwoAsync(CardPageHost host)
    {
        await host.SeedAsync("f-first", change: c => c with { TopicLabel = "Glass bob bookings" });
        await host.SeedAsync("f-second", change: c => c with { TopicLabel = "Oscars red carpet" });
        using var ana = CardPageHost.Browser(CardPageHost.Ana);
        using var li = CardPageHost.Browser(CardPageHost.Li);
        Assert.Equal(200, (await ana.DecideAsync(host.Link("f-first", CardAction.Approve))).Status);
        Assert.Equal(200, (await li.DecideAsync(host.Link("f-second", CardAction.Approve))).Status);
        foreach (var id in new[] { "f-first", "f-second" })
        {
            await Eventually.TrueAsync(async () => (await host.Cards.GetAsync(id, TestContext.Current.CancellationToken))!.State == CardState.Published,
                id + " published", TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task A_follow_up_that_must_wait_for_the_pacing_gap_reaches_the_channel_once_the_gap_has_passed()
    {
        await using var host = await HostAsync("Teams:SecondsBetweenPosts", "3");

        await ApproveTwoAsync(host);
        await Eventually.TrueAsync(() => Task.FromResult(_teams.Hits.Count >= 2), "both follow-up cards in the channel", TimeSpan.FromSeconds(30));

        var bodies = _teams.Hits.Select(h => h.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.All(bodies, b => Assert.Contains("Approved: would publish (dry run)", b, StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Glass bob bookings", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Oscars red carpet", StringComparison.Ordinal));
        Assert.Equal([202, 202], _teams.Hits.Select(h => h.Status));
    }

    [Fact]
    public async Task A_follow_up_over_the_hourly_budget_is_held_on_the_queue_not_dropped()
    {
        await using var host = await HostAsync("Teams:HourlyBudget", "1");

        await ApproveTwoAsync(host);
        var queue = host.App.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(host.App.Services.GetRequiredService<StorageNames>().Publish);
        await Eventually.TrueAsync(async () => _teams.Hits.Count == 1 && await WaitingAsync(queue) == 1,
            "one follow-up posted, the other waiting on the publish queue", TimeSpan.FromSeconds(30));

        // The budget frees in an hour: until then the second follow-up is invisible, and the channel got one card.
        await Task.Delay(TimeSpan.FromSeconds(1), _ct);
        Assert.Single(_teams.Hits);
        Assert.Equal(1, await WaitingAsync(queue));
        Assert.Empty((await queue.PeekMessagesAsync(cancellationToken: _ct)).Value);
        var audit = await host.AuditAsync();
        Assert.Equal(2, audit.Count(a => a.Action == AuditAction.WouldPublish));
    }

    private async Task<int> WaitingAsync(QueueClient queue) => (await queue.GetPropertiesAsync(_ct)).Value.ApproximateMessagesCount;
}
