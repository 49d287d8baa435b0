using System.Globalization;
using System.Text;
using Newsjack.Core.Approvals.Pages;
using static Newsjack.Core.Approvals.Pages.PageLayout;

namespace Newsjack.Core.Approvals.Report;

/// <summary>
/// The brand team's dashboard: the report's numbers, a chart of cards and decisions per day (inline SVG drawn with
/// presentation attributes, so the page needs no script and no inline style beyond its hashed sheet), suppressed
/// topics with their reasons, delivery failures and feed health. Everything from feeds is escaped.
/// </summary>
public static class ReportPage
{
    private static readonly (string Name, string Colour, Func<ReportDay, int> Value)[] Series =
    [
        ("sent", "#6b7280", d => d.Sent),
        ("approved", "#1f7a3d", d => d.Approved),
        ("rejected", "#a4262c", d => d.Rejected),
        ("expired", "#d08700", d => d.Expired),
    ];

    private static readonly int[] PeriodDays = [1, 7, 30, 90];

    // Relative links (both hosts serve /api/dashboard beside /api/report): the period in days, and the same report as JSON.
    private static void Periods(StringBuilder html, BrandReport report)
    {
        var days = report.Timeline.Count;
        var brand = Uri.EscapeDataString(report.Brand);
        var links = PeriodDays.Select(n => n == days
            ? string.Create(CultureInfo.InvariantCulture, $"<strong>{n} {(n == 1 ? "day" : "days")}</strong>")
            : string.Create(CultureInfo.InvariantCulture, $"<a href=\"dashboard?brand={E(brand)}&amp;days={n}\">{n} {(n == 1 ? "day" : "days")}</a>"));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Period: {string.Join(" · ", links)} · <a href=\"report?brand={E(brand)}&amp;days={days}\">as JSON</a></p>");
    }

    public static string Render(BrandReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Report · {E(CardPageRenderer.Time(report.Since))} to {E(CardPageRenderer.Time(report.GeneratedAt))}</p><h1>{E(report.BrandName)}</h1>");
        Periods(html, report);
        html.Append("<div class=\"box\"><table>");
        Row(html, "Topics seen", report.TopicsSeen.ToString(CultureInfo.InvariantCulture));
        Row(html, "Relevant topics", report.RelevantTopics.ToString(CultureInfo.InvariantCulture));
        Row(html, "Cards sent", report.CardsSent.ToString(CultureInfo.InvariantCulture));
        Row(html, "Approved", $"{report.Approved} (published {report.Published}, failed {report.PublishFailed})");
        Row(html, "Rejected", report.Rejected.ToString(CultureInfo.InvariantCulture));
        Row(html, "Expired", report.Expired.ToString(CultureInfo.InvariantCulture));
        Row(html, "Waiting for a decision", report.Pending.ToString(CultureInfo.InvariantCulture));
        Row(html, "Median time to decision", report.MedianMinutesToDecision is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:0.#} min") : "no decision yet");
        Row(html, "Delivery failures", report.DeliveryFailures.ToString(CultureInfo.InvariantCulture));
        html.Append("</table></div><h2>Cards and decisions per day</h2><div class=\"box\">").Append(Chart(report.Timeline)).Append("</div>");
        Suppressed(html, report.Suppressed);
        if (report.DeliveryErrors.Count > 0)
        {
            html.Append("<h2>Delivery failures</h2><ul>");
            foreach (var error in report.DeliveryErrors)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(error)}</li>");
            }

            html.Append("</ul>");
        }

        Feeds(html, report.Feeds);
        return Page($"{report.BrandName} report", html.ToString());
    }

    /// <summary>Grouped bars, one group per day, with a legend and a value on every bar.</summary>
    public static string Chart(IReadOnlyList<ReportDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        const int height = 180, top = 20, bottom = 40, bar = 10, gap = 14;
        var group = (Series.Length * bar) + gap;
        var width = Math.Max(320, 40 + (days.Count * group));
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => Series.Max(s => s.Value(d))));
        var plot = height - top - bottom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"cards and decisions per day\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"30\" y1=\"{height - bottom}\" x2=\"{width - 4}\" y2=\"{height - bottom}\" stroke=\"#999\"/>");
        for (var i = 0; i < days.Count; i++)
        {
            var x0 = 36 + (i * group);
            for (var s = 0; s < Series.Length; s++)
            {
                var value = Series[s].Value(days[i]);
                var h = (int)Math.Round((double)value / max * plot);
                var x = x0 + (s * bar);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar-{Series[s].Name}\" x=\"{x}\" y=\"{height - bottom - h}\" width=\"{bar - 1}\" height=\"{h}\" fill=\"{Series[s].Colour}\"><title>{E(days[i].Day)} {Series[s].Name}: {value}</title></rect>");
                if (value > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{height - bottom - h - 3}\">{value}</text>");
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0}\" y=\"{height - bottom + 14}\">{E(days[i].Day[5..])}</text>");
        }

        for (var s = 0; s < Series.Length; s++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{36 + (s * 80)}\" y=\"{height - 14}\" width=\"10\" height=\"10\" fill=\"{Series[s].Colour}\"/><text x=\"{50 + (s * 80)}\" y=\"{height - 5}\">{Series[s].Name}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Suppressed(StringBuilder html, IReadOnlyList<ReportSuppressed> suppressed)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Suppressed topics ({suppressed.Count})</h2>");
        if (suppressed.Count == 0)
        {
            html.Append("<p class=\"muted\">No relevant topic was held back as unsafe.</p>");
            return;
        }

        html.Append("<table><tr><th>Topic</th><th>Risk</th><th>Main reasons</th></tr>");
        foreach (var s in suppressed.Take(50))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(s.Label)}</td><td class=\"tier-{E(s.Tier)}\">{E(s.Tier)}</td><td>{string.Join("<br>", s.Reasons.Select(r => E(r)))}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Feeds(StringBuilder html, IReadOnlyList<ReportFeed> feeds)
    {
        html.Append("<h2>Feed health</h2>");
        if (feeds.Count == 0)
        {
            html.Append("<p class=\"muted\">No feed polled yet.</p>");
            return;
        }

        html.Append("<table><tr><th>Feed</th><th>Last success</th><th>Failures</th><th>Last error</th></tr>");
        foreach (var f in feeds)
        {
            var success = f.LastSuccessAt is { } at ? CardPageRenderer.Time(at) : "never";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(f.Feed)}</td><td>{E(success)}</td><td>{f.ConsecutiveFailures}</td><td>{E(f.LastError)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>");
}
