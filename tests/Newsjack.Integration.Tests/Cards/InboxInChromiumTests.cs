using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Newsjack.Azure.Cards;
using Newsjack.Core.Approvals;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Approvals;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>
/// The local Teams inbox in Debian's chromium: a card delivered by DeliverSuggestion is rendered by the official
/// adaptivecards renderer the host serves (markdown subset applied, feed text left as text, nothing blocked by the
/// page's CSP), and its Approve button opens the card page behind the signed link. Screenshots are kept.
/// </summary>
public sealed class InboxInChromiumTests(AzuriteFixture azurite, ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private CardPageHost _host = null!;
    private IBrowserContext? _context;

    public async ValueTask InitializeAsync() => _host = await CardPageHost.StartAsync(azurite);

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_delivered_card_renders_in_the_inbox_and_Approve_opens_its_page()
    {
        _host.App.Configuration["TEAMS_WEBHOOK_LUMEN_HAIR"] = new Uri(_host.BaseUrl, "/dev/teams/lumen-hair").AbsoluteUri;
        var card = await _host.SeedAsync("c-chromium000001", state: CardState.Queued);
        var envelope = Envelope(
            _host.Link(card.Id, CardAction.Approve), _host.Link(card.Id, CardAction.Reject), _host.Link(card.Id, CardAction.Details));
        Assert.NotNull(await _host.Cards.TryUpdateAsync((await _host.Cards.GetAsync(card.Id, _ct))! with { EnvelopeJson = envelope, DeliveredAt = null }, _ct));
        var queue = _host.App.Services.GetRequiredService<SuggestionRequests>();
        await queue.EnsureAsync(_ct);
        await queue.SendAsync(card.Id, TimeSpan.Zero, _ct);
        await Eventually.TrueAsync(async () => (await _host.Cards.GetAsync(card.Id, _ct))!.State == CardState.Delivered, "the card is delivered to the inbox");

        _context = await chromium.NewContextAsync(new Dictionary<string, string> { [ApproverIdentityResolver.PrincipalNameHeader] = CardPageHost.Ana });
        var page = await _context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            // Every error counts, the browser's own /favicon.ico request included (the page carries its icon).
            if (m.Type == "error")
            {
                problems.Add($"console: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Dialog += async (_, d) => { problems.Add("dialog: " + d.Message); await d.DismissAsync(); };

        await page.GotoAsync(new Uri(_host.BaseUrl, "/dev/inbox").AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-inbox-rendered='true']");

        var rendered = page.Locator("div.card[data-rendered='true']");
        Assert.Equal(1, await rendered.CountAsync());
        var text = await rendered.InnerTextAsync();
        Assert.Contains("Suggestion: Oscars red carpet hairstyles", text, StringComparison.Ordinal);
        Assert.Contains("Stars debut <b>bold</b> bobs", text, StringComparison.Ordinal);     // feed text stays text
        Assert.Equal("Suggestion:", await rendered.Locator("strong").First.InnerTextAsync()); // Teams' **bold** applied
        Assert.Contains("Relevance", text, StringComparison.Ordinal);
        // The official adaptivecards.css styles the renderer's buttons (semibold, Teams blue), not the browser's defaults.
        var approve = rendered.Locator("button.ac-pushButton", new() { HasTextString = "Approve" }).First;
        Assert.Equal(("600", "rgb(11, 120, 208)"), (await approve.EvaluateAsync<string>("b => getComputedStyle(b).fontWeight"), await approve.EvaluateAsync<string>("b => getComputedStyle(b).color")));
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "dev-inbox.png"), FullPage = true });

        await rendered.Locator("button", new() { HasTextString = "Approve" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/api/cards/{card.Id}", StringComparison.Ordinal));

        Assert.Contains("action=approve", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("form[method='post']").CountAsync());        // the confirmation page, nothing decided yet
        Assert.Equal(CardState.Delivered, (await _host.Cards.GetAsync(card.Id, _ct))!.State);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "dev-inbox-approve.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(shots, "dev-inbox.png")).Length > 5_000, "the inbox screenshot is kept");
        Assert.Equal("", string.Join("\n", problems));
    }

    private static string Envelope(Uri approve, Uri reject, Uri details) => new JsonObject
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
                ["body"] = new JsonArray(
                    new JsonObject { ["type"] = "TextBlock", ["text"] = "**Suggestion:** Oscars red carpet hairstyles", ["wrap"] = true, ["size"] = "Large" },
                    new JsonObject
                    {
                        ["type"] = "RichTextBlock",
                        ["inlines"] = new JsonArray(new JsonObject { ["type"] = "TextRun", ["text"] = "Stars debut <b>bold</b> bobs" }),
                    },
                    new JsonObject
                    {
                        ["type"] = "FactSet",
                        ["facts"] = new JsonArray(new JsonObject { ["title"] = "Relevance", ["value"] = "0.82" }, new JsonObject { ["title"] = "Risk", ["value"] = "low" }),
                    }),
                ["actions"] = new JsonArray(
                    new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Approve", ["url"] = approve.AbsoluteUri },
                    new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Reject", ["url"] = reject.AbsoluteUri },
                    new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Details", ["url"] = details.AbsoluteUri }),
                ["msteams"] = new JsonObject { ["width"] = "Full" },
            },
        }),
    }.ToJsonString();
}
