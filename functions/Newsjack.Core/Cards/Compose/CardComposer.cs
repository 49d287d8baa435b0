using System.Globalization;
using System.Text.Json.Nodes;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using static Newsjack.Core.Cards.Compose.AdaptiveElements;

namespace Newsjack.Core.Cards.Compose;

/// <summary>
/// Builds the suggestion card (Adaptive Card 1.4, only 1.4 elements) and its Teams envelope: review banner, topic
/// and headline, why now, why this brand, risk panel, the first draft with the others in a ShowCard, sources,
/// window, and the signed Approve / Reject / Details links. Steps down optional content until the envelope fits
/// <see cref="CardEnvelope.MaxBytes"/>.
/// </summary>
public static class CardComposer
{
    private const int EvidencePerCategory = 3;
    private const int EvidenceLength = 200;

    public static ComposedCard Compose(CardRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var layout in CardLayout.Steps)
        {
            var json = CardEnvelope.Wrap(Card(request, layout)).ToJsonString();
            var bytes = CardEnvelope.Bytes(json);
            if (bytes <= CardEnvelope.MaxBytes)
            {
                return new ComposedCard(request.CardId, json, bytes, [.. request.Drafts.Take(layout.Drafts)], request.Dropped, request.LinksExpireAt);
            }
        }

        throw new InvalidOperationException($"card {request.CardId} does not fit {CardEnvelope.MaxBytes} bytes even without optional content");
    }

    private static JsonObject Card(CardRequest r, CardLayout layout)
    {
        var body = new JsonArray();
        if (r.Score.Decision == Decision.Review)
        {
            body.Add(Container("attention",
                Heading("⚠ REVIEW CAREFULLY: risk is one tier over this brand's tolerance", "Medium", "Attention"),
                RichText(Run(Reason(r.Score.Reasons, 0, 300)))));
        }

        body.Add(RichText(Run($"Suggestion for {UntrustedText.Clean(r.Brand.Name, 80)}", subtle: true)));
        body.Add(RichText(Run(UntrustedText.Clean(r.Topic.Label, 200), bold: true, size: "Large")));
        if (layout.HeadlineLength > 0 && r.Topic.Headline is { Length: > 0 } headline)
        {
            body.Add(RichText(Run(UntrustedText.Clean(headline, layout.HeadlineLength), italic: true)));
        }

        body.Add(WhyNow(r, layout));
        body.Add(WhyUs(r));
        body.Add(RiskPanel(r));
        body.Add(Heading($"Draft for {r.Drafts[0].Platform.Name}", "Medium"));
        body.Add(Draft(r.Drafts[0], layout.DraftLength));
        if (r.Dropped.Count > 0)
        {
            body.Add(RichText(Run($"{r.Dropped.Count} draft(s) held back: " + string.Join("; ", r.Dropped.SelectMany(d => d.Reasons).Distinct().Take(3).Select(x => UntrustedText.Clean(x, 120))), subtle: true)));
        }

        var sources = r.Topic.Sources.Take(layout.Sources).ToList();
        if (sources.Count > 0)
        {
            body.Add(Heading("Sources", "Small"));
            body.Add(RichText([.. sources.SelectMany((s, i) => Source(s, layout.SourceTitleLength, i > 0))]));
        }

        body.Add(RichText(Run(Window(r), subtle: true)));

        var actions = new JsonArray
        {
            OpenUrl("Approve", r.Links[CardAction.Approve]),
            OpenUrl("Reject", r.Links[CardAction.Reject]),
        };
        var variants = r.Drafts.Skip(1).Take(layout.Drafts - 1).ToList();
        if (variants.Count > 0)
        {
            actions.Add(ShowCard($"Other drafts ({variants.Count})", [.. variants.SelectMany(d => new[] { Heading($"Draft for {d.Platform.Name}", "Small"), Draft(d, layout.DraftLength) })]));
        }

        actions.Add(OpenUrl("Details", r.Links[CardAction.Details]));
        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
            ["actions"] = actions,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
    }

    private static JsonObject WhyNow(CardRequest r, CardLayout layout)
    {
        var items = new List<JsonObject> { Heading("Why now", "Small") };
        if (r.Topic.Momentum is { } m)
        {
            var facts = new List<(string, string)>
            {
                ("Mentions, last hour", Number($"{m.Volume} ({m.Velocity:+0;-0;0} on the hour before)")),
                ("Significance", Number($"{m.Significance:0.0} σ above baseline")),
            };
            if (m.Ratio is { } ratio)
            {
                facts.Add(("Vs usual rate", Number($"{ratio:0.0}×")));
            }

            facts.Add(("Outlets · posts", Number($"{m.OutletCount} · {r.Topic.PostCount}")));
            items.Add(Facts(facts));
            items.AddRange(m.Explanations.Take(layout.Explanations).Select(e => RichText(Run(UntrustedText.Clean(e, 240)))));
        }
        else
        {
            items.Add(RichText(Run("No momentum measured yet for this topic.")));
        }

        return Container(null, [.. items]);
    }

    private static JsonObject WhyUs(CardRequest r)
    {
        var matched = r.Score.Relevance.MatchedTerms;
        var line = matched.Count > 0 ? "Matches " + string.Join(", ", matched.Take(8)) : "Relevant to the brand description";
        return Container(null,
            Heading($"Why {UntrustedText.Clean(r.Brand.Name, 80)}", "Small"),
            Facts([("Relevance", Number($"{r.Score.Relevance.Score:0.00} (threshold {r.Brand.RelevanceThreshold:0.00})"))]),
            RichText(Run(UntrustedText.Clean(line, 300))));
    }

    // Never shortened to fit: an approver must always see what the risk model saw.
    private static JsonObject RiskPanel(CardRequest r)
    {
        var risk = r.Score.Risk;
        var items = new List<JsonObject>
        {
            Heading("Risk", "Small"),
            Facts(
            [
                ("Tier", $"{risk.Tier.ToId()} (tolerance {r.Brand.RiskTolerance.ToString().ToLowerInvariant()})"),
                ("Decision", r.Score.Decision.ToId()),
            ]),
        };
        if (risk.Categories.Count == 0)
        {
            items.Add(RichText(Run("No brand-safety category raised.")));
        }

        foreach (var category in risk.Categories.OrderByDescending(c => c.Tier))
        {
            var runs = new List<JsonObject> { Run($"{category.Id} · {category.Tier.ToId()}", bold: true) };
            runs.AddRange(category.Evidence.Take(EvidencePerCategory).Select(e => Run("\n“" + UntrustedText.Clean(e, EvidenceLength) + "”", italic: true)));
            items.Add(RichText([.. runs]));
        }

        items.AddRange(risk.Notes.Select(n => RichText(Run(UntrustedText.Clean(n, 300), color: "Warning"))));
        return Container(r.Score.Decision == Decision.Review ? "warning" : "emphasis", [.. items]);
    }

    private static JsonObject Draft(Drafts.DraftPost draft, int maxLength) =>
        RichText(Run(UntrustedText.Shorten(draft.Text, Math.Min(maxLength, draft.Platform.MaxLength))),
            Run($"\n{draft.Length}/{draft.Platform.MaxLength} characters", subtle: true, size: "Small"));

    private static IEnumerable<JsonObject> Source(CardSource source, int titleLength, bool newLine)
    {
        var outlet = (newLine ? "\n" : "") + UntrustedText.Clean(source.Outlet, 60) + ": ";
        var title = UntrustedText.Clean(source.Title, titleLength);
        return source.Url is { } url ? [Run(outlet, bold: true), LinkRun(title, url)] : [Run(outlet, bold: true), Run(title)];
    }

    private static string Window(CardRequest r)
    {
        var zone = r.Brand.Limits.TimeZone;
        var links = $"Links valid until {TimeZoneInfo.ConvertTime(r.LinksExpireAt, zone):HH:mm} ({zone.Id}).";
        if (r.Topic.WindowClosesAt is not { } closes || closes <= r.Now)
        {
            return $"Window: closing soon. {links}";
        }

        var left = closes - r.Now;
        var span = left.TotalHours >= 1 ? $"{(int)left.TotalHours} h {left.Minutes} min" : $"{left.Minutes} min";
        return Number($"Window closes about {TimeZoneInfo.ConvertTime(closes, zone):HH:mm} ({zone.Id}), in {span}. ") + links;
    }

    private static string Reason(IReadOnlyList<string> reasons, int index, int max) =>
        reasons.Count > index ? UntrustedText.Clean(reasons[index], max) : "";

    private static string Number(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
