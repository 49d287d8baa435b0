using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsjack.Cli.LocalHost;
using Newsjack.Core.Approvals.Pages;

namespace Newsjack.Cli.Endpoints;

/// <summary>
/// The `/dev/inbox` page: one block per post, newest first. An accepted card is rendered in the browser by the
/// official `adaptivecards` renderer from the envelope carried in a data attribute (HTML-encoded, never inline
/// script), with Teams' markdown subset and `Action.OpenUrl` opening its link; a refused post shows the reason
/// Workflows would have failed it for.
/// </summary>
public static class DevInboxPage
{
    public static string Render(IReadOnlyList<DevInboxEntry> entries, string? channel, bool rendererInstalled)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Newsjack local Teams inbox</title>
            """);
        page.Append(PageLayout.IconLink);
        page.Append("""
            <style>
            body{font-family:"Segoe UI",system-ui,sans-serif;background:#f5f5f5;margin:0;padding:1rem;color:#242424}
            h1{font-size:1.3rem;margin:0 0 .25rem} p.lead{margin:0 0 1rem;color:#616161}
            article{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15);margin:0 0 1rem;max-width:46rem;overflow:hidden}
            article header{font-size:.8rem;color:#616161;padding:.5rem .75rem;border-bottom:1px solid #eee}
            article.refused{border-left:4px solid #c4314b} .reason{padding:.75rem;color:#c4314b;font-weight:600}
            .card{padding:.25rem} .missing{padding:.75rem;color:#8a6d00}
            </style>
            """);
        if (rendererInstalled)
        {
            // The adaptivecards package's own stylesheet, served from the checkout like the renderer.
            page.Append("<link rel=\"stylesheet\" href=\"/dev/assets/adaptivecards.css\">\n");
        }

        page.Append("""
            </head><body>
            <h1>Local Teams inbox</h1>
            """);
        var scope = channel is null ? "all channels" : "channel " + html.Encode(channel);
        page.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{entries.Count(e => e.Accepted)} card(s), {entries.Count(e => !e.Accepted)} refused post(s), {scope}, newest first. Webhooks post to <code>POST /dev/teams/{{channel}}</code>; <a href=\"/dev/inbox\">reload</a>.</p>\n");
        if (!rendererInstalled)
        {
            page.Append("<p class=\"missing\" id=\"renderer-missing\">The adaptivecards renderer is not installed: run <code>npm ci</code> in the repository. Cards are shown as JSON.</p>\n");
        }

        foreach (var entry in entries)
        {
            var when = entry.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
            var header = $"<header><strong>{html.Encode(entry.Channel)}</strong> · {when} · #{entry.Sequence}</header>";
            if (entry.Accepted)
            {
                page.Append(CultureInfo.InvariantCulture, $"<article class=\"post\" data-channel=\"{html.Encode(entry.Channel)}\">{header}");
                foreach (var card in Cards(entry.Body))
                {
                    page.Append(CultureInfo.InvariantCulture, $"<div class=\"card\" data-card=\"{html.Encode(card)}\"><pre>{html.Encode(card)}</pre></div>");
                }

                page.Append("</article>\n");
            }
            else
            {
                page.Append(CultureInfo.InvariantCulture, $"<article class=\"post refused\" data-channel=\"{html.Encode(entry.Channel)}\">{header}<div class=\"reason\">Refused: {html.Encode(entry.Problem!)}</div></article>\n");
            }
        }

        if (rendererInstalled)
        {
            page.Append("<script src=\"/dev/assets/adaptivecards.min.js\"></script>\n");
        }

        page.Append("<script src=\"/dev/assets/inbox.js\"></script>\n</body></html>\n");
        return page.ToString();
    }

    // Each attachment's card, as JSON text (an accepted envelope has already passed the Workflows check).
    private static IEnumerable<string> Cards(string envelope)
    {
        using var doc = JsonDocument.Parse(envelope);
        return [.. doc.RootElement.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("content").GetRawText())];
    }

    /// <summary>Renders every `data-card` with the official renderer; Teams' markdown subset, HTML escaped first.</summary>
    public const string Script = """
        "use strict";
        (function () {
          if (!window.AdaptiveCards) { return; }
          const AC = window.AdaptiveCards;
          const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
          // Teams' subset: **bold**, _italic_, [text](https://url), line breaks. Everything else stays literal text.
          AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
            let out = escape(text)
              .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
              .replace(/(^|\s)_(.+?)_(?=\s|$|[.,!?])/g, "$1<em>$2</em>")
              .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" rel="noopener noreferrer">$1</a>')
              .replace(/\r?\n/g, "<br>");
            result.outputHtml = out;
            result.didProcess = true;
          };
          AC.AdaptiveCard.onExecuteAction = function (action) {
            const url = action.url || (action.getHref && action.getHref());
            if (url && /^https?:\/\//i.test(url)) { window.location.assign(url); }
          };
          document.querySelectorAll("div.card[data-card]").forEach(function (holder) {
            try {
              const card = new AC.AdaptiveCard();
              const context = new AC.SerializationContext();
              card.parse(JSON.parse(holder.getAttribute("data-card")), context);
              const rendered = card.render();
              if (!rendered) { return; }
              holder.replaceChildren(rendered);
              holder.setAttribute("data-rendered", "true");
              if (context.eventCount > 0) { holder.setAttribute("data-parse-problems", String(context.eventCount)); }
            } catch (e) {
              holder.setAttribute("data-render-error", String(e));
            }
          });
          document.body.setAttribute("data-inbox-rendered", "true");
        })();
        """;
}
