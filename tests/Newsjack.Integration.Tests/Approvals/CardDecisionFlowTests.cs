using System.Diagnostics;
using System.Text.Json;
using Newsjack.Azure.Approvals;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>Decisions end to end on the local host: approve → publish queue → Published; reject; races; expiry.</summary>
public sealed class CardDecisionFlowTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approval_publishes_in_dry_run_through_the_queue_and_everything_is_audited()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-flow");
        using var browser = CardPageHost.Browser();
        var link = host.Link("c-flow", CardAction.Approve);
        var (_, page, _) = await browser.GetAsync(link);
        var fields = CardPageHost.FormFields(page);
        fields["draft"] = "1";
        fields["text-1"] = "The bob is back, and it is glossy. #LumenHair #Oscars";

        var clock = Stopwatch.StartNew();
        var (status, html) = await browser.PostAsync(link, fields);
        var card = await ReachesAsync(host, "c-flow", CardState.Published);
        output.WriteLine($"click to Published (dry run): {clock.Elapsed.TotalMilliseconds:0} ms");

        Assert.Equal(200, status);
        Assert.Contains("Approved. The Instagram post is on its way", html, StringComparison.Ordinal);
        Assert.Equal((CardPageHost.Ana, "Instagram", "The bob is back, and it is glossy. #LumenHair #Oscars"), (card.DecidedBy, card.ChosenPlatform, card.ChosenText));
        Assert.StartsWith("dry run: would publish", card.PublishReceipt, StringComparison.Ordinal);
        var audit = await AuditedAsync(host, "c-flow", AuditAction.WouldPublish);
        Assert.Equal([AuditAction.Approved, AuditAction.WouldPublish], audit.Select(a => a.Action));
        var approved = audit[0];
        Assert.Equal(("127.0.0.1", "Mozilla/5.0 (NewsjackTests)"), (approved.ClientAddress, approved.UserAgent));
        Assert.Equal(fields["shown"], approved.CardHash);
        var payload = JsonDocument.Parse(audit[1].Detail!["dry run: would publish ".Length..]).RootElement;
        Assert.Equal(["#LumenHair", "#Oscars"], payload.GetProperty("hashtags").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("https://variety.example/oscars-hair", payload.GetProperty("links")[0].GetString());
        Assert.Equal(CardPageHost.Ana, payload.GetProperty("approver").GetString());
    }

    [Fact]
    public async Task Twenty_concurrent_approve_and_reject_requests_apply_exactly_one_and_tell_the_rest_why()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-race");
        var browsers = Enumerable.Range(0, 20).Select(i => CardPageHost.Browser(i % 2 == 0 ? CardPageHost.Ana : CardPageHost.Li)).ToList();
        var forms = new List<(Browser Browser, Uri Link, Dictionary<string, string> Fields)>();
        for (var i = 0; i < browsers.Count; i++)
        {
            var link = host.Link("c-race", i % 2 == 0 ? CardAction.Approve : CardAction.Reject);
            var (_, page, _) = await browsers[i].GetAsync(link);
            var fields = CardPageHost.FormFields(page);
            fields["reason"] = "tone";
            forms.Add((browsers[i], link, fields));
        }

        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(forms.Select(f => Task.Run(() => f.Browser.PostAsync(f.Link, f.Fields), _ct)));
        output.WriteLine($"20 concurrent decisions answered in {clock.Elapsed.TotalMilliseconds:0} ms: {results.Count(r => r.Status == 200)} applied, {results.Count(r => r.Status == 409)} told 409");

        Assert.Single(results, r => r.Status == 200);
        Assert.Equal(19, results.Count(r => r.Status == 409));
        var card = await host.Cards.GetAsync("c-race", _ct);
        Assert.All(results.Where(r => r.Status == 409), r => Assert.Contains($"by {card!.DecidedBy} at", r.Html, StringComparison.Ordinal));
        var audit = await host.AuditAsync();
        Assert.Single(audit, a => a.Action is AuditAction.Approved or AuditAction.Rejected);
        Assert.Equal(19, audit.Count(a => a.Action == AuditAction.Refused));
        browsers.ForEach(b => b.Dispose());
    }

    [Fact]
    public async Task Expire_job_moves_undecided_expired_cards_to_expired_and_a_late_decision_gets_410()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-late", expiresIn: TimeSpan.FromSeconds(3));
        await host.SeedAsync("c-live");
        using var browser = CardPageHost.Browser();
        var link = host.Link("c-late", CardAction.Approve);
        var (_, page, _) = await browser.GetAsync(link);
        await Task.Delay(TimeSpan.FromSeconds(3.5), _ct);

        var expired = await host.App.Services.GetRequiredService<ExpireCardsJob>().ExpireAsync(_ct);
        var (status, html) = await browser.PostAsync(link, CardPageHost.FormFields(page));

        Assert.Equal(1, expired);
        Assert.Equal(CardState.Expired, (await host.Cards.GetAsync("c-late", _ct))!.State);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-live", _ct))!.State);
        Assert.Equal(410, status);
        Assert.Contains("This card has expired", html, StringComparison.Ordinal);
        Assert.Contains(await host.AuditAsync(), a => a.Action == AuditAction.Expired && a.CardId == "c-late");
    }

    [Fact]
    public async Task Live_publishing_sends_the_signed_post_and_a_refusal_ends_as_publish_failed()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.Fail(422, "text rejected by the network", times: 1);
        await using var teams = await FakeWorkflows.StartAsync();
        await using var host = await CardPageHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["TEAMS_WEBHOOK_LUMEN_HAIR"] = teams.Url.ToString(),
            ["Publish:DryRun"] = "false",
            ["Publish:RetryDelaySeconds"] = "0.02",
            ["PUBLISH_WEBHOOK_LUMEN"] = receiver.Url.ToString(),
            ["PUBLISH_WEBHOOK_LUMEN_SECRET"] = PublishReceiver.Secret,
        });
        await host.SeedAsync("c-fail");
        await host.SeedAsync("c-live");
        using var browser = CardPageHost.Browser();

        await browser.DecideAsync(host.Link("c-fail", CardAction.Approve));
        var failed = await ReachesAsync(host, "c-fail", CardState.PublishFailed);
        await browser.DecideAsync(host.Link("c-live", CardAction.Approve));
        var published = await ReachesAsync(host, "c-live", CardState.Published);

        Assert.Contains("422", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("text rejected by the network", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("post-42", published.PublishReceipt, StringComparison.Ordinal);
        var hit = receiver.Hits[^1];
        Assert.True(WebhookSignature.Verify(hit.Body, PublishReceiver.Secret, hit.Signature));
        Assert.Equal("Red carpet, redder hair. #LumenHair", JsonDocument.Parse(hit.Body).RootElement.GetProperty("text").GetString());
        var audit = await AuditedAsync(host, "c-live", AuditAction.Published);
        Assert.Contains(audit, a => a.Action == AuditAction.PublishFailed && a.CardId == "c-fail");
        Assert.Contains(audit, a => a.Action == AuditAction.Published && a.CardId == "c-live");

        // The channel hears how each ended: who approved, what went out, or why not.
        await Eventually.TrueAsync(() => teams.Hits.Count(h => h.Status == 202) == 2, "two follow-up cards in Teams", TimeSpan.FromSeconds(20));
        var followUps = teams.Hits.Where(h => h.Status == 202).Select(h => h.Body).ToList();
        var failedCard = Assert.Single(followUps, b => b.Contains("Approved, but publishing failed", StringComparison.Ordinal));
        Assert.Contains("text rejected by the network", failedCard, StringComparison.Ordinal);
        var publishedCard = Assert.Single(followUps, b => b.Contains("Approved and published", StringComparison.Ordinal));
        Assert.Contains(CardPageHost.Ana, publishedCard, StringComparison.Ordinal);
        Assert.Contains("Red carpet, redder hair. #LumenHair", publishedCard, StringComparison.Ordinal);
        Assert.DoesNotContain(PublishReceiver.Secret, string.Join("", followUps), StringComparison.Ordinal);
    }

    // The card's final state is written before its audit entry (a lost write must not leave a false entry), so wait for both.
    private static async Task<IReadOnlyList<AuditEntry>> AuditedAsync(CardPageHost host, string cardId, AuditAction action)
    {
        IReadOnlyList<AuditEntry> audit = [];
        await Eventually.TrueAsync(async () => (audit = await host.AuditAsync()).Any(a => a.CardId == cardId && a.Action == action),
            $"audit {action} for {cardId}", TimeSpan.FromSeconds(20));
        return audit;
    }

    private static async Task<SuggestionCard> ReachesAsync(CardPageHost host, string cardId, CardState state)
    {
        SuggestionCard? card = null;
        await Eventually.TrueAsync(async () => (card = await host.Cards.GetAsync(cardId, TestContext.Current.CancellationToken))?.State == state,
            $"card {cardId} {state}", TimeSpan.FromSeconds(20));
        return card!;
    }
}
