using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>The security list of the approval pages, each a test against the real local host over Azurite.</summary>
public sealed class CardPageSecurityTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_shows_the_card_with_a_post_form_and_changes_nothing()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-get");
        using var browser = CardPageHost.Browser();

        var (status, html, response) = await browser.GetAsync(host.Link("c-get", CardAction.Approve));

        Assert.Equal(200, status);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("Oscars red carpet hairstyles", html, StringComparison.Ordinal);
        Assert.Contains("State: waiting for a decision", html, StringComparison.Ordinal);
        Assert.Equal(PageLayout.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("nj-af=", response.Headers.GetValues("Set-Cookie").Single(), StringComparison.Ordinal);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-get", _ct))!.State);
        Assert.Empty(await host.AuditAsync());
    }

    [Theory]
    [InlineData("sig", 403)]
    [InlineData("exp", 403)]
    [InlineData("action", 403)]
    [InlineData("kid", 403)]
    [InlineData("malformed", 400)]
    public async Task Forged_or_altered_links_are_refused_on_get_and_post_and_change_nothing(string altered, int status)
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-alt");
        using var browser = CardPageHost.Browser();
        // One link for the page and the tampering: two calls a second apart would sign different expiries.
        var signed = host.Link("c-alt", CardAction.Approve);
        var (_, page, _) = await browser.GetAsync(signed);
        var fields = CardPageHost.FormFields(page);
        var link = signed.ToString();
        (link, fields) = altered switch
        {
            "sig" => (Swap(link, "sig=", fields["sig"], Forge(fields["sig"])), With(fields, "sig", Forge(fields["sig"]))),
            "exp" => (Swap(link, "exp=", fields["exp"], (long.Parse(fields["exp"], System.Globalization.CultureInfo.InvariantCulture) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture)), With(fields, "exp", "9999999999")),
            "action" => (Swap(link, "action=", "approve", "reject"), With(fields, "action", "reject")),
            "kid" => (Swap(link, "kid=", "k2", "k1"), With(fields, "kid", "k1")),
            _ => (Swap(link, "sig=", fields["sig"], "short"), With(fields, "sig", "short")),
        };

        var (getStatus, getHtml, _) = await browser.GetAsync(new Uri(link));
        var (postStatus, postHtml) = await browser.PostAsync(new Uri(link), fields);

        Assert.Equal((status, status), (getStatus, postStatus));
        Assert.Contains("This link is not valid", getHtml, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", postHtml, StringComparison.Ordinal);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-alt", _ct))!.State);
    }

    [Fact]
    public async Task Expired_link_is_410_and_changes_nothing()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-exp");
        using var browser = CardPageHost.Browser();

        var (status, html, _) = await browser.GetAsync(host.Link("c-exp", CardAction.Approve, TimeSpan.FromMinutes(-1)));

        Assert.Equal(410, status);
        Assert.Contains("This card has expired", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_for_another_card_is_refused()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-one");
        await host.SeedAsync("c-two");
        using var browser = CardPageHost.Browser();
        var one = host.Link("c-one", CardAction.Approve).ToString();
        var onTwo = new Uri(one.Replace("/api/cards/c-one", "/api/cards/c-two", StringComparison.Ordinal));

        var (getStatus, _, _) = await browser.GetAsync(onTwo);
        var (_, page, _) = await browser.GetAsync(new Uri(one));
        var (postStatus, _) = await browser.PostAsync(onTwo, CardPageHost.FormFields(page));

        Assert.Equal((403, 403), (getStatus, postStatus));
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-two", _ct))!.State);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-one", _ct))!.State);
    }

    [Fact]
    public async Task A_link_signed_with_a_retired_key_is_refused_and_the_previous_key_still_works()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-key");
        using var browser = CardPageHost.Browser();

        var (retired, html, _) = await browser.GetAsync(host.LinkSignedWith("k0", CardPageHost.RetiredKey, "c-key", CardAction.Approve));
        var (previous, _, _) = await browser.GetAsync(host.LinkSignedWith("k1", CardPageHost.PreviousKey, "c-key", CardAction.Approve));

        Assert.Equal(403, retired);
        Assert.Contains("no longer accepted", html, StringComparison.Ordinal);
        Assert.Equal(200, previous);
    }

    [Fact]
    public async Task Replay_after_a_decision_is_409_saying_who_and_when_and_changes_nothing()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-replay");
        using var browser = CardPageHost.Browser();
        var link = host.Link("c-replay", CardAction.Reject);
        var (_, page, _) = await browser.GetAsync(link);
        var fields = With(CardPageHost.FormFields(page), "reason", "tone");

        var first = await browser.PostAsync(link, fields);
        var replay = await browser.PostAsync(link, fields);
        using var other = CardPageHost.Browser(CardPageHost.Li);
        var (_, approvePage, _) = await other.GetAsync(host.Link("c-replay", CardAction.Approve));

        Assert.Equal(200, first.Status);
        Assert.Equal(409, replay.Status);
        Assert.Contains($"already rejected by {CardPageHost.Ana} at", replay.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", approvePage, StringComparison.Ordinal);
        Assert.Contains("State: rejected by ana@lumen.example", approvePage, StringComparison.Ordinal);
        var card = await host.Cards.GetAsync("c-replay", _ct);
        Assert.Equal((CardState.Rejected, CardPageHost.Ana, "Tone or wording is wrong"), (card!.State, card.DecidedBy, card.Reason));
        var audit = await host.AuditAsync();
        Assert.Equal([AuditAction.Rejected, AuditAction.Refused], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task A_non_approver_gets_403_on_get_and_post_and_the_attempt_is_audited()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-deny");
        using var ana = CardPageHost.Browser();
        using var mallory = CardPageHost.Browser("mallory@evil.example");
        var link = host.Link("c-deny", CardAction.Approve);
        var (_, page, _) = await ana.GetAsync(link);

        var (getStatus, html, _) = await mallory.GetAsync(link);
        var (postStatus, _) = await mallory.PostAsync(link, CardPageHost.FormFields(page));

        Assert.Equal(403, getStatus);
        Assert.Contains("mallory@evil.example, who is not an approver for Lumen Haircare", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Red carpet, redder hair", html, StringComparison.Ordinal);
        Assert.Equal(403, postStatus);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-deny", _ct))!.State);
        Assert.Contains(await host.AuditAsync(), a => a.Action == AuditAction.Denied && a.Actor == "mallory@evil.example");
    }

    [Fact]
    public async Task Not_signed_in_is_401()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-anon");
        using var anonymous = CardPageHost.Browser(who: null);

        var (status, html, _) = await anonymous.GetAsync(host.Link("c-anon", CardAction.Approve));

        Assert.Equal(401, status);
        Assert.Contains("Sign-in required", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("wrong")]
    [InlineData("other-browser")]
    public async Task Post_without_or_with_a_wrong_anti_forgery_token_is_403(string how)
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-csrf");
        using var browser = CardPageHost.Browser();
        var link = host.Link("c-csrf", CardAction.Approve);
        var (_, page, _) = await browser.GetAsync(link);
        var fields = CardPageHost.FormFields(page);
        using var attacker = CardPageHost.Browser();
        _ = await attacker.GetAsync(link);

        var (status, html) = how switch
        {
            "missing" => await browser.PostAsync(link, fields.Where(f => f.Key != AntiForgery.FieldName)),
            "wrong" => await browser.PostAsync(link, With(fields, AntiForgery.FieldName, Forge(fields[AntiForgery.FieldName]))),
            _ => await attacker.PostAsync(link, With(fields, AntiForgery.FieldName, fields[AntiForgery.FieldName])),
        };

        Assert.Equal(403, status);
        Assert.Contains("not sent from the card page", html, StringComparison.Ordinal);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-csrf", _ct))!.State);
    }

    [Fact]
    public async Task Script_and_html_in_titles_drafts_and_reasons_are_escaped_on_every_page()
    {
        const string script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-xss", d => d with
        {
            TopicLabel = "Hair " + script, Headline = script, WhyNow = script, WhyUs = script,
            RiskCategories = [new("x" + script, "low", [script])],
            Drafts = [new("X", 280, "Draft </textarea>" + script, [])],
            Sources = [new(script, "javascript:alert(3)")],
        });
        using var ana = CardPageHost.Browser();
        using var li = CardPageHost.Browser(CardPageHost.Li);
        var reject = host.Link("c-xss", CardAction.Reject);

        var pages = new List<string> { (await ana.GetAsync(host.Link("c-xss", CardAction.Approve))).Html, (await ana.GetAsync(reject)).Html };
        pages.Add((await ana.DecideAsync(reject, f => (f["reason"], f["note"]) = ("other", script))).Html);
        pages.Add((await li.GetAsync(reject)).Html);
        var (_, liPage, _) = await li.GetAsync(host.Link("c-xss", CardAction.Approve));
        pages.Add(liPage);

        Assert.All(pages, html =>
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        });
        Assert.Contains("Other (say why below): &lt;script&gt;", pages[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Wrong_methods_are_405_and_change_nothing(string method)
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-method");
        using var browser = CardPageHost.Browser();

        using var response = await browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), host.Link("c-method", CardAction.Approve)), _ct);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-method", _ct))!.State);
    }

    [Fact]
    public async Task Oversized_bodies_are_413_and_change_nothing()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-big");
        using var browser = CardPageHost.Browser();

        var (status, html) = await browser.DecideAsync(host.Link("c-big", CardAction.Approve), f => f["text-0"] = new string('a', 100_000));

        Assert.Equal(413, status);
        Assert.Contains("Too large", html, StringComparison.Ordinal);
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("c-big", _ct))!.State);
    }

    [Fact]
    public async Task A_draft_over_the_platform_limit_is_400_naming_the_limit()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("c-long");
        using var browser = CardPageHost.Browser();

        var (status, html) = await browser.DecideAsync(host.Link("c-long", CardAction.Approve), f => f["text-0"] = new string('a', 281));

        Assert.Equal(400, status);
        Assert.Contains("The X draft is 281 characters; X allows 280", html, StringComparison.Ordinal);
    }

    private static string Forge(string value) => (value[0] == 'A' ? "B" : "A") + value[1..];

    private static string Swap(string link, string key, string from, string to)
    {
        var swapped = link.Replace(key + Uri.EscapeDataString(from), key + Uri.EscapeDataString(to), StringComparison.Ordinal);
        Assert.NotEqual(link, swapped);
        return swapped;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string key, string value) => new(fields) { [key] = value };
}
