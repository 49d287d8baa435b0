using System.Globalization;
using System.Text;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using static Newsjack.Core.Approvals.Pages.PageLayout;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// The confirmation page behind a card link: the card (topic, why now, why us, risk panel, drafts, sources, state)
/// and, while the card is open, a plain <c>&lt;form method="post"&gt;</c> whose hidden inputs repeat the signed fields
/// and carry the anti-forgery token. Showing it changes nothing. Every value is escaped.
/// </summary>
public static class CardPageRenderer
{
    public static string Render(CardView card, CardPageForm? form, Approver approver)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(approver);
        var html = new StringBuilder();
        html.Append(CardSummary(card));
        if (form is not null)
        {
            html.Append(Form(card, form));
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Signed in as {E(approver.Email)}. Card {E(card.CardId)}. {ReportLink(card)}</p>");
        return Page($"{card.BrandName}: {card.TopicLabel}", html.ToString());
    }

    /// <summary>
    /// A link to the brand's dashboard, relative to the card page (<c>/api/cards/{id}</c> → <c>/api/dashboard</c>) so it
    /// holds on either host; the dashboard itself checks who asks.
    /// </summary>
    public static string ReportLink(CardView card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return $"<a href=\"../dashboard?brand={E(Uri.EscapeDataString(card.BrandId))}\">{E(card.BrandName)} report</a>";
    }

    /// <summary>The card's content, shared by the confirmation page and the outcome pages.</summary>
    public static string CardSummary(CardView card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var html = new StringBuilder();
        if (card.Decision == "review")
        {
            html.Append("<div class=\"box review\">Review carefully: this topic is one tier over the brand's risk tolerance.</div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(card.BrandName)} · suggestion</p><h1>{E(card.TopicLabel)}</h1>");
        if (card.Headline is { Length: > 0 })
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(card.Headline)}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"state\">State: {E(StateLine(card))}</p>");
        AppendParagraph(html, "Why now", card.WhyNow);
        AppendParagraph(html, $"Why {card.BrandName}", card.WhyUs);
        html.Append(RiskPanel(card));
        if (card.Sources.Count > 0)
        {
            html.Append("<h2>Sources</h2><ul>");
            foreach (var source in card.Sources)
            {
                html.Append(UntrustedText.Link(source.Url) is { } url
                    ? $"<li><a href=\"{E(url.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\">{E(source.Title)}</a></li>"
                    : $"<li>{E(source.Title)}</li>");
            }

            html.Append("</ul>");
        }

        if (card.WindowClosesAt is { } closes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The moment's window closes about {E(Time(closes))}.</p>");
        }

        return html.ToString();
    }

    public static string StateLine(CardView card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var by = card.DecidedBy is { Length: > 0 } who ? $" by {who}" : "";
        var at = card.DecidedAt is { } when ? $" at {Time(when)}" : "";
        var reason = card.Reason is { Length: > 0 } r ? $" ({r})" : "";
        return card.State switch
        {
            "Delivered" or "Queued" => "waiting for a decision",
            _ => $"{card.State.ToLowerInvariant()}{by}{at}{reason}",
        };
    }

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string RiskPanel(CardView card)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"box\"><h2>Risk: <span class=\"tier-{E(card.RiskTier)}\">{E(card.RiskTier)}</span></h2>");
        if (card.RiskCategories.Count == 0)
        {
            html.Append("<p class=\"muted\">No brand-safety category was found.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Category</th><th>Tier</th><th>Evidence</th></tr>");
            foreach (var risk in card.RiskCategories)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(risk.Id)}</td><td class=\"tier-{E(risk.Tier)}\">{E(risk.Tier)}</td><td>{string.Join("<br>", risk.Evidence.Select(e => E(e)))}</td></tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</div>").ToString();
    }

    private static string Form(CardView card, CardPageForm form)
    {
        var html = new StringBuilder();
        if (form.Link.Action != CardAction.Details)
        {
            html.Append("<form method=\"post\" class=\"box\">");
            foreach (var (name, value) in form.Link.Fields)
            {
                html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">");
            }

            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{AntiForgery.FieldName}\" value=\"{E(form.AntiForgeryToken)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{DecisionForm.Shown}\" value=\"{E(card.Fingerprint())}\">");
            if (form.Problem is { Length: > 0 })
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"box bad\">{E(form.Problem)}</p>");
            }

            if (form.Link.Action == CardAction.Reject)
            {
                AppendRejectFields(html);
                html.Append("<button type=\"submit\" class=\"reject\">Reject</button>");
            }
            else
            {
                AppendDrafts(html, card);
                html.Append("<button type=\"submit\" class=\"approve\">Approve and publish</button>");
            }

            html.Append("</form>");
        }

        foreach (var other in form.Alternatives)
        {
            var label = other.Action switch { CardAction.Reject => "Reject…", CardAction.Approve => "Approve…", _ => "Details" };
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(other.Url.AbsoluteUri)}\">{label}</a></p>");
        }

        return html.ToString();
    }

    private static void AppendDrafts(StringBuilder html, CardView card)
    {
        html.Append("<h2>Choose and edit the post</h2>");
        for (var i = 0; i < card.Drafts.Count; i++)
        {
            var draft = card.Drafts[i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture,
                $"<label><input type=\"radio\" name=\"{DecisionForm.Draft}\" value=\"{n}\"{(i == 0 ? " checked" : "")}> {E(draft.Platform)} (at most {draft.MaxLength} characters)</label>");
            html.Append(CultureInfo.InvariantCulture,
                $"<textarea name=\"{DecisionForm.TextPrefix}{n}\" maxlength=\"{DecisionForm.MaxTextLength}\" aria-label=\"{E(draft.Platform)} draft\">{E(draft.Text)}</textarea>");
        }
    }

    private static void AppendRejectFields(StringBuilder html)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Why reject?</h2><label for=\"reason\">Reason</label><select id=\"reason\" name=\"{DecisionForm.Reason}\" required><option value=\"\">Choose a reason…</option>");
        foreach (var (id, label) in RejectReasons.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(id)}\">{E(label)}</option>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"</select><label for=\"note\">Note (optional, at most {RejectReasons.MaxNoteLength} characters)</label><textarea id=\"note\" name=\"{DecisionForm.Note}\" maxlength=\"{RejectReasons.MaxNoteLength}\"></textarea>");
    }

    private static void AppendParagraph(StringBuilder html, string heading, string? text)
    {
        if (text is { Length: > 0 })
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2><p>{E(text)}</p>");
        }
    }
}
