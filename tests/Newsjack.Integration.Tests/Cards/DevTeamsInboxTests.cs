using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Newsjack.Azure.Cards;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Approvals;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>
/// The local Teams inbox of the local host: Workflows-style posts are checked like the flow would (202, or 400 with
/// the reason, kept in the inbox), `/dev/inbox.json` lists them newest first in the contract's shape, `/dev/inbox`
/// renders them with the renderer the host serves itself, and the pipeline's own delivery lands cards in it.
/// </summary>
public sealed class DevTeamsInboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CardPageHost _host = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await CardPageHost.StartAsync(azurite);
        _http = new HttpClient { BaseAddress = _host.BaseUrl };
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private static string Envelope(string text, string? approveUrl = null) => new JsonObject
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["contentUrl"] = null,
            ["content"] = new JsonObject
            {
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["type"] = "AdaptiveCard",
                ["version"] = "1.4",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Approve", ["url"] = approveUrl ?? "https://newsjack.example/api/cards/x" }),
                ["msteams"] = new JsonObject { ["width"] = "Full" },
            },
        }),
    }.ToJsonString();

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string channel, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await _http.PostAsync(new Uri($"/dev/teams/{channel}", UriKind.Relative), content, _ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(_ct));
    }

    private async Task<JsonArray> InboxAsync(string? channel = null) =>
        JsonNode.Parse(await _http.GetStringAsync(new Uri("/dev/inbox.json" + (channel is null ? "" : "?channel=" + channel), UriKind.Relative), _ct))!.AsArray();

    [Fact]
    public async Task Accepted_posts_answer_202_empty_and_are_listed_newest_first_as_sent()
    {
        var first = Envelope("Stadium blackout: dunk in the dark 🌑");
        var second = Envelope("Second card");

        var a = await PostAsync("snapwell-snacks", first);
        var b = await PostAsync("lumen-hair", second);

        Assert.Equal((HttpStatusCode.Accepted, ""), a);
        Assert.Equal((HttpStatusCode.Accepted, ""), b);
        var inbox = await InboxAsync();
        Assert.Equal(["lumen-hair", "snapwell-snacks"], inbox.Select(e => e!["channel"]!.GetValue<string>()));
        Assert.Equal(["channel", "receivedAt", "envelope"], inbox[0]!.AsObject().Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first), inbox[1]!["envelope"]), "the envelope comes back exactly as sent (emoji included)");
        var receivedAt = DateTimeOffset.Parse(inbox[0]!["receivedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(receivedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(["snapwell-snacks"], (await InboxAsync("snapwell-snacks")).Select(e => e!["channel"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"type":"message"}""", "'attachments' must be an array")]
    [InlineData("""{"attachments":[]}""", "property 'type' must be 'message'")]
    [InlineData("""{"type":"message","attachments":[]}""", "'attachments' is empty")]
    [InlineData("""{"type":"message","attachments":[{"contentType":"application/json","content":{"type":"AdaptiveCard"}}]}""", "attachments[0].contentType must be 'application/vnd.microsoft.card.adaptive'")]
    [InlineData("""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"MessageCard"}}]}""", "attachments[0].content: property 'type' must be 'AdaptiveCard'")]
    [InlineData("not json {", "body is not JSON")]
    public async Task Posts_Workflows_would_fail_are_refused_with_the_reason_kept_in_the_inbox(string body, string reason)
    {
        var (status, answer) = await PostAsync("lumen-hair", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(reason, answer, StringComparison.Ordinal);
        Assert.Empty(await InboxAsync());                                 // the JSON lists cards, not refusals
        var page = await _http.GetStringAsync(new Uri("/dev/inbox", UriKind.Relative), _ct);
        Assert.Contains("Refused: " + WebUtility.HtmlEncode(reason).Replace("&#39;", "&#x27;", StringComparison.Ordinal), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_wrong_media_type_and_bad_channel_are_refused_with_the_reason()
    {
        var oversized = await PostAsync("lumen-hair", Envelope(new string('x', 29 * 1024)));
        var wrongType = await PostAsync("lumen-hair", Envelope("hi"), "text/plain");
        var badChannel = await PostAsync("a%20b", Envelope("hi"));

        Assert.Equal(HttpStatusCode.BadRequest, oversized.Status);
        Assert.Matches(@"^message is \d+ bytes; Teams accepts at most 28672$", oversized.Body);
        Assert.Equal((HttpStatusCode.BadRequest, "Content-Type must be application/json (was 'text/plain; charset=utf-8')"), wrongType);
        Assert.Equal((HttpStatusCode.BadRequest, "channel 'a b' must be 1-64 letters, digits, '.', '_' or '-'"), badChannel);
        Assert.Empty(await InboxAsync());
    }

    [Fact]
    public async Task Inbox_page_carries_each_card_for_the_local_renderer_with_untrusted_text_encoded()
    {
        await PostAsync("lumen-hair", Envelope("<script>alert(1)</script> **Blackout**"));

        using var page = await _http.GetAsync(new Uri("/dev/inbox", UriKind.Relative), _ct);
        var html = await page.Content.ReadAsStringAsync(_ct);
        using var renderer = await _http.GetAsync(new Uri("/dev/assets/adaptivecards.min.js", UriKind.Relative), _ct);
        using var script = await _http.GetAsync(new Uri("/dev/assets/inbox.js", UriKind.Relative), _ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("data-card=\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/dev/assets/adaptivecards.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("renderer-missing", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html.Replace("https://newsjack.example/api/cards/x", "", StringComparison.Ordinal), StringComparison.Ordinal);   // nothing from a CDN
        Assert.Equal(HttpStatusCode.OK, renderer.StatusCode);
        Assert.True((await renderer.Content.ReadAsByteArrayAsync(_ct)).Length > 100_000, "the official adaptivecards bundle is served by the host");
        Assert.Contains("onExecuteAction", await script.Content.ReadAsStringAsync(_ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queued_card_goes_through_DeliverSuggestion_into_the_inbox_with_its_signed_links()
    {
        _host.App.Configuration["TEAMS_WEBHOOK_LUMEN_HAIR"] = new Uri(_host.BaseUrl, "/dev/teams/lumen-hair").AbsoluteUri;
        var card = await _host.SeedAsync("c-inbox00000001", state: CardState.Queued);
        var approve = _host.Link(card.Id, CardAction.Approve);
        var envelope = Envelope("Oscars red carpet hairstyles", approve.AbsoluteUri);
        Assert.NotNull(await _host.Cards.TryUpdateAsync((await _host.Cards.GetAsync(card.Id, _ct))! with { EnvelopeJson = envelope, DeliveredAt = null }, _ct));
        var queue = _host.App.Services.GetRequiredService<SuggestionRequests>();
        await queue.EnsureAsync(_ct);

        await queue.SendAsync(card.Id, TimeSpan.Zero, _ct);
        await Eventually.TrueAsync(async () => (await _host.Cards.GetAsync(card.Id, _ct))!.State != CardState.Queued, "the card leaves Queued");

        var delivered = (await _host.Cards.GetAsync(card.Id, _ct))!;
        Assert.Equal((CardState.Delivered, null), (delivered.State, delivered.LastError));
        var entry = Assert.Single(await InboxAsync("lumen-hair"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(envelope), entry!["envelope"]));
        var link = entry["envelope"]!["attachments"]![0]!["content"]!["actions"]![0]!["url"]!.GetValue<string>();
        using var browser = CardPageHost.Browser();
        var (status, html, _) = await browser.GetAsync(new Uri(link));
        Assert.Equal(200, status);                                       // the link in the inbox opens the card page
        Assert.Contains("Oscars red carpet hairstyles", html, StringComparison.Ordinal);
    }
}
