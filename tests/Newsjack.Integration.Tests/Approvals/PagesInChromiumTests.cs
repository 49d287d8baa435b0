using Microsoft.Playwright;
using Newsjack.Core.Approvals;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>
/// The card pages and the dashboard in real chromium: a person opens the link, edits a draft, clicks a button.
/// Every test also checks the strict Content-Security-Policy blocked nothing the page needs (no console error) and
/// that nothing from feeds, posts or people ran as script (no dialog).
/// </summary>
public sealed class PagesInChromiumTests(AzuriteFixture azurite, ChromiumFixture chromium, ITestOutputHelper output) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private const string Script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_approver_edits_a_draft_and_approves_it_with_one_click_and_it_is_published()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("b-approve");
        var (page, problems) = await OpenAsync(CardPageHost.Ana);

        await page.GotoAsync(host.Link("b-approve", CardAction.Approve).ToString());
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("b-approve", _ct))!.State);
        Assert.True(await page.EvaluateAsync<bool>(IconLoads), "the tab shows the page's icon");
        await page.GetByLabel("Instagram (at most 2200 characters)").CheckAsync();
        await page.GetByLabel("Instagram draft").FillAsync("Bobs are back and glossier than ever. #LumenHair #Oscars");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:text('Approved')");

        Assert.Contains("The Instagram post is on its way", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await host.Cards.GetAsync("b-approve", _ct))!.State == CardState.Published, "b-approve published", TimeSpan.FromSeconds(20));
        var card = await host.Cards.GetAsync("b-approve", _ct);
        Assert.Equal((CardPageHost.Ana, "Bobs are back and glossier than ever. #LumenHair #Oscars"), (card!.DecidedBy, card.ChosenText));
        var approved = Assert.Single(await host.AuditAsync(), a => a.Action == AuditAction.Approved);
        Assert.Equal("Mozilla/5.0 (NewsjackBrowserTests) Chromium", approved.UserAgent);

        // From the confirmation to the brand's report in one click, the approval counted.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lumen Haircare report" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:text('Lumen Haircare')");
        Assert.EndsWith("/api/dashboard?brand=lumen-hair", page.Url, StringComparison.Ordinal);
        Assert.Equal("1 (published 1, failed 0)", await Row(page, "Approved"));
        Assert.Equal("", string.Join("\n", problems));
    }

    [Fact]
    public async Task A_reject_needs_a_reason_from_the_list_and_keeps_the_note()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("b-reject");
        var (page, problems) = await OpenAsync(CardPageHost.Li);
        await page.GotoAsync(host.Link("b-reject", CardAction.Reject).ToString());
        var reject = page.GetByRole(AriaRole.Button, new() { Name = "Reject" });

        // The browser itself refuses to send the form without a reason (required select): nothing changes.
        await reject.ClickAsync();
        Assert.False(await page.Locator("select#reason").EvaluateAsync<bool>("s => s.checkValidity()"));
        Assert.Equal(CardState.Delivered, (await host.Cards.GetAsync("b-reject", _ct))!.State);

        await page.SelectOptionAsync("select#reason", "too-risky");
        await page.FillAsync("textarea#note", "Award night is fine, but the host's joke is the story today.");
        await reject.ClickAsync();
        await page.WaitForSelectorAsync("h1:text('Rejected')");

        var card = await host.Cards.GetAsync("b-reject", _ct);
        Assert.Equal((CardState.Rejected, CardPageHost.Li), (card!.State, card.DecidedBy));
        Assert.Contains("Too risky or sensitive", card.Reason, StringComparison.Ordinal);
        Assert.Contains("the host's joke is the story today", card.Reason, StringComparison.Ordinal);
        Assert.Equal("", string.Join("\n", problems));
    }

    [Fact]
    public async Task A_second_approver_opening_a_decided_card_sees_who_decided_and_no_form()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("b-twice");
        var (ana, anaProblems) = await OpenAsync(CardPageHost.Ana);
        var (li, liProblems) = await OpenAsync(CardPageHost.Li);
        var link = host.Link("b-twice", CardAction.Approve).ToString();
        await ana.GotoAsync(link);
        await li.GotoAsync(link);

        await ana.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await ana.WaitForSelectorAsync("h1:text('Approved')");
        var late = await li.RunAndWaitForResponseAsync(() => li.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync(),
            r => r.Request.Method == "POST");
        await li.WaitForSelectorAsync("h1:text('Already decided')");

        Assert.Equal(409, late!.Status);
        // Approved, or already published by then (dry run is quick): either way who and when.
        Assert.Matches($"This card was already (approved|publishing|published) by {CardPageHost.Ana} at ", await li.InnerTextAsync("main"));
        await li.GotoAsync(link);
        Assert.Equal(0, await li.Locator("form").CountAsync());
        Assert.Matches($"State: (approved|publishing|published) by {CardPageHost.Ana} at ", await li.InnerTextAsync("main"));
        Assert.Equal("", string.Join("\n", anaProblems));
        Assert.DoesNotContain(liProblems, p => !p.Contains("409", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Script_in_a_title_draft_or_source_shows_as_text_and_never_runs()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await host.SeedAsync("b-xss", d => d with
        {
            TopicLabel = "Oscars " + Script,
            Headline = Script,
            Drafts = [new("X", 280, "Red carpet " + Script, ["#LumenHair"])],
            Sources = [new("Feed " + Script, "javascript:alert(1)")],
        });
        var (page, problems) = await OpenAsync(CardPageHost.Ana);

        await page.GotoAsync(host.Link("b-xss", CardAction.Approve).ToString());
        var text = await page.InnerTextAsync("main");

        Assert.Contains("<script>alert('xss')</script>", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.Equal("", string.Join("\n", problems));
    }

    [Fact]
    public async Task The_dashboard_shows_the_numbers_a_chart_and_the_suppressed_topics()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await ReportTests.SeedWeekAsync(host, suppressedLabel: "Salon fire kills two " + Script);
        var (page, problems) = await OpenAsync(CardPageHost.Ana);

        var response = await page.GotoAsync(new Uri(host.BaseUrl, "api/dashboard?brand=lumen-hair").ToString());
        var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "dashboard.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        output.WriteLine($"dashboard screenshot: {shot}");

        Assert.Equal(200, response!.Status);
        Assert.Equal("Lumen Haircare", await page.InnerTextAsync("h1"));
        Assert.Equal("5", await Row(page, "Cards sent"));
        Assert.Equal("2 (published 1, failed 0)", await Row(page, "Approved"));
        Assert.Equal("20 min", await Row(page, "Median time to decision"));
        var chart = page.Locator("svg[aria-label='cards and decisions per day']");
        Assert.True(await chart.IsVisibleAsync());
        Assert.True((await chart.BoundingBoxAsync())!.Width >= 320);
        Assert.Equal(7, await page.Locator("svg rect.bar-sent").CountAsync());
        Assert.True(await page.Locator("svg rect.bar-approved").Last.EvaluateAsync<double>("r => r.getBBox().height") > 0);
        Assert.Contains("Salon fire kills two <script>", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Teams answered 400: bad card", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>(IconLoads), "the tab shows the page's icon");

        // The period links redraw the same report over 30 days; "as JSON" is the same report for scripts.
        await page.GetByRole(AriaRole.Link, new() { Name = "30 days" }).ClickAsync();
        await page.WaitForSelectorAsync("strong:text('30 days')");
        Assert.Equal(30, await page.Locator("svg rect.bar-sent").CountAsync());
        Assert.Equal("5", await Row(page, "Cards sent"));
        Assert.EndsWith("/api/report?brand=lumen-hair&days=30", await page.GetByRole(AriaRole.Link, new() { Name = "as JSON" }).EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        Assert.Equal("", string.Join("\n", problems));
    }

    // The page's own icon decodes as an image under its Content-Security-Policy.
    private const string IconLoads = """
        () => new Promise(done => {
          const link = document.querySelector('link[rel=icon]');
          if (!link) { done(false); return; }
          const image = new Image();
          image.onload = () => done(image.naturalWidth > 0);
          image.onerror = () => done(false);
          image.src = link.href;
        })
        """;

    private static async Task<string> Row(IPage page, string name) =>
        (await page.Locator("tr", new() { Has = page.Locator($"th:text-is('{name}')") }).Locator("td").InnerTextAsync()).Trim();

    /// <summary>A page signed in as <paramref name="who"/>, and what went wrong on it: console errors (a CSP block shows there), dialogs, page errors.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string who)
    {
        var context = await chromium.NewContextAsync(new Dictionary<string, string> { [ApproverIdentityResolver.PrincipalNameHeader] = who });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        // Anything failing to load is a problem, the browser's own /favicon.ico request included (the pages carry their icon).
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add($"console: {m.Text} ({m.Location})");
                output.WriteLine($"console error: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Dialog += async (_, d) => { problems.Add("dialog: " + d.Message); await d.DismissAsync(); };
        return (page, problems);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
