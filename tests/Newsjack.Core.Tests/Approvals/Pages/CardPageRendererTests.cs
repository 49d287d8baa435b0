using System.Text.RegularExpressions;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Core.Tests.Approvals.Pages;

public sealed partial class CardPageRendererTests
{
    private static readonly Approver Ana = new("ana@example.com", "Ana", "dev");
    private static readonly SignedCardLink Approve = new("c-0011223344556677", CardAction.Approve, 1_800_000_000, "k1", new string('A', 43));

    [Fact]
    public void Approve_page_has_a_plain_post_form_with_the_signed_fields_token_and_editable_drafts()
    {
        var html = CardPageRenderer.Render(CardViews.Lumen(), new CardPageForm(Approve, "TOKEN", []), Ana);

        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        foreach (var (name, value) in Approve.Fields)
        {
            Assert.Contains($"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<input type=\"hidden\" name=\"af\" value=\"TOKEN\">", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"shown\" value=\"{CardViews.Lumen().Fingerprint()}\"", html, StringComparison.Ordinal);
        Assert.Contains("<textarea name=\"text-0\"", html, StringComparison.Ordinal);
        Assert.Contains("Red carpet, redder hair. #LumenHair</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("X (at most 280 characters)", html, StringComparison.Ordinal);
        Assert.Contains("Approve and publish", html, StringComparison.Ordinal);
        Assert.Contains("Risk: <span class=\"tier-low\">low</span>", html, StringComparison.Ordinal);
        Assert.Contains("State: waiting for a decision", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reject_page_asks_for_a_reason_from_the_short_list_and_a_note()
    {
        var html = CardPageRenderer.Render(CardViews.Lumen(), new CardPageForm(Approve with { Action = CardAction.Reject }, "T", []), Ana);

        Assert.Contains("<select id=\"reason\" name=\"reason\" required>", html, StringComparison.Ordinal);
        foreach (var (id, _) in RejectReasons.All)
        {
            Assert.Contains($"<option value=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("name=\"note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("text-0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_card_is_marked_at_the_top_and_unsafe_source_links_are_not_links()
    {
        var html = CardPageRenderer.Render(CardViews.Lumen() with { Decision = "review" }, null, Ana);

        Assert.True(html.IndexOf("Review carefully", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));
        Assert.Contains("<a href=\"https://variety.example/oscars\" rel=\"noopener noreferrer nofollow\">Variety</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> EveryPage()
    {
        var hostile = CardViews.Hostile();
        var mallory = new Approver("m" + CardViews.Script + "@x.example", "m", "dev");
        var approve = new Decision { Approve = true, Platform = "X" + CardViews.Script, Text = CardViews.Script };
        var reject = new Decision { Approve = false, Reason = "other", Note = CardViews.Script };
        return new TheoryData<string>
        {
            CardPageRenderer.Render(hostile, new CardPageForm(Approve, "T", []), mallory),
            CardPageRenderer.Render(hostile, new CardPageForm(Approve with { Action = CardAction.Reject }, "T", [], CardViews.Script), mallory),
            OutcomePages.Decided(hostile, approve).Html,
            OutcomePages.Decided(hostile, reject).Html,
            OutcomePages.AlreadyDecided(hostile with { State = "Rejected" }).Html,
            OutcomePages.Expired(hostile, CardViews.Script).Html,
            OutcomePages.InvalidLink(403, CardViews.Script).Html,
            OutcomePages.NotAllowed(mallory, hostile.BrandName).Html,
            OutcomePages.SignInRequired(CardViews.Script).Html,
            OutcomePages.BadForm(CardViews.Script).Html,
        };
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public void Script_and_html_from_feeds_posts_and_people_are_escaped_on_every_page(string html)
    {
        // Every tag on the page is one we write, no tag carries an event handler outside a quoted (escaped) value, and every link is http(s).
        foreach (Match tag in AnyTag().Matches(html))
        {
            Assert.Matches(OwnTag(), tag.Value);
            Assert.DoesNotMatch(EventHandler(), QuotedValue().Replace(tag.Value, "\"\""));
        }

        // Links from feeds are http(s); ours are relative (no scheme at all) or the page's inline icon.
        Assert.All(Href().Matches(html), m => Assert.True(
            m.Groups[1].Value.StartsWith("http", StringComparison.Ordinal) || m.Groups[1].Value.StartsWith("../", StringComparison.Ordinal)
            || m.Groups[1].Value.StartsWith("data:image/svg+xml;base64,", StringComparison.Ordinal), m.Groups[1].Value));
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</textarea><script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_security_policy_allows_no_script_and_only_the_pages_own_style()
    {
        var csp = PageLayout.ContentSecurityPolicy;

        Assert.StartsWith("default-src 'none'; style-src 'sha256-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Contains(PageLayout.SecurityHeaders, h => h.Key == "Referrer-Policy" && h.Value == "no-referrer");
    }

    [Fact]
    public void A_rejection_is_confirmed_in_plain_sentences_with_a_way_to_the_brands_report()
    {
        var page = OutcomePages.Decided(CardViews.Lumen(), new Decision { Approve = false, Reason = "off-brand", Note = "Not our story today." });

        Assert.Contains("Rejected: Off-brand for us: Not our story today. Thank you: the reason is recorded", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../dashboard?brand=lumen-hair\">Lumen Haircare report</a>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_pages_carry_the_right_status_codes()
    {
        var card = CardViews.Lumen("Approved") with { DecidedBy = "li@example.com", DecidedAt = new DateTimeOffset(2026, 11, 23, 10, 5, 0, TimeSpan.Zero) };

        var conflict = OutcomePages.AlreadyDecided(card);

        Assert.Equal(409, conflict.Status);
        Assert.Contains("already approved by li@example.com at 2026-11-23 10:05 UTC", conflict.Html, StringComparison.Ordinal);
        Assert.Equal(410, OutcomePages.Expired(null, "gone").Status);
        Assert.Equal(403, OutcomePages.NotAllowed(Ana, "Lumen").Status);
        Assert.Equal(401, OutcomePages.SignInRequired("x").Status);
        Assert.Equal(403, OutcomePages.FormRejected().Status);
        Assert.Equal(413, OutcomePages.TooLarge(65536).Status);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("^</?(!DOCTYPE html|html|head|meta|title|link|style|body|main|div|p|h1|h2|span|table|tr|th|td|ul|li|a|form|input|label|textarea|select|option|button|br)[ >]")]
    private static partial Regex OwnTag();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
