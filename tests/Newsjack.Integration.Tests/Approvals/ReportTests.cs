using System.Text.Json;
using Newsjack.Core.Cards;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>`GET /api/report` and `/api/dashboard` on the local host over Azurite: the numbers a brand team reads, and who may read them.</summary>
public sealed class ReportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_report_counts_what_became_of_the_brands_cards_and_what_was_suppressed()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        await SeedWeekAsync(host);
        using var browser = CardPageHost.Browser();

        var (status, json, response) = await browser.GetAsync(new Uri(host.BaseUrl, "api/report?brand=lumen-hair"));

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var report = JsonDocument.Parse(json).RootElement;
        Assert.Equal("lumen-hair", report.GetProperty("brand").GetString());
        Assert.Equal(
            (5, 2, 1, 1, 1, 1, 1),
            (report.GetProperty("cardsSent").GetInt32(), report.GetProperty("approved").GetInt32(), report.GetProperty("published").GetInt32(),
             report.GetProperty("rejected").GetInt32(), report.GetProperty("expired").GetInt32(), report.GetProperty("pending").GetInt32(),
             report.GetProperty("deliveryFailures").GetInt32()));

        // Decisions after 10, 20 and 30 minutes; the expiry is no decision.
        Assert.Equal(20, report.GetProperty("medianMinutesToDecision").GetDouble());
        var suppressed = Assert.Single(report.GetProperty("suppressed").EnumerateArray());
        Assert.Equal("Salon fire kills two", suppressed.GetProperty("label").GetString());
        Assert.Equal("floor", suppressed.GetProperty("tier").GetString());
        Assert.Contains("deaths reported", suppressed.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["Teams answered 400: bad card"], report.GetProperty("deliveryErrors").EnumerateArray().Select(e => e.GetString()));
        var today = report.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal((5, 2, 1, 1), (today.GetProperty("sent").GetInt32(), today.GetProperty("approved").GetInt32(),
            today.GetProperty("rejected").GetInt32(), today.GetProperty("expired").GetInt32()));
        Assert.Equal(7, report.GetProperty("timeline").GetArrayLength());
    }

    [Theory]
    [InlineData("api/report", CardPageHost.Ana, 400, "brand is required: ?brand= one of lumen-hair")]
    [InlineData("api/report", null, 401, "sign-in required")]
    [InlineData("api/report?brand=acme", CardPageHost.Ana, 403, "may not see a report for \"acme\": it is none of the brands you approve (lumen-hair)")]
    [InlineData("api/report?brand=lumen-hair", "mallory@evil.example", 403, "mallory@evil.example may not see a report for \"lumen-hair\"")]
    [InlineData("api/report?brand=lumen-hair", null, 401, "sign-in required")]
    [InlineData("api/report?brand=lumen-hair&days=week", CardPageHost.Ana, 400, "days must be a whole number from 1 to 90, not \"week\"")]
    [InlineData("api/report?brand=lumen-hair&days=91", CardPageHost.Ana, 400, "days must be a whole number from 1 to 90")]
    [InlineData("api/dashboard?brand=lumen-hair", "mallory@evil.example", 403, "may not see a report for &quot;lumen-hair&quot;")]
    [InlineData("api/dashboard?brand=lumen-hair", null, 401, "Report unavailable")]
    public async Task Bad_requests_are_refused_with_a_status_and_what_was_wrong(string path, string? who, int expected, string says)
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        using var browser = CardPageHost.Browser(who);

        var (status, body, _) = await browser.GetAsync(new Uri(host.BaseUrl, path));

        Assert.Equal(expected, status);
        var text = path.StartsWith("api/report", StringComparison.Ordinal) ? JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()! : body;
        Assert.Contains(says, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lumen Haircare report", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_seen_counts_the_topics_scored_for_that_brand_not_every_brand()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        var (suggest, ignore, suppress) = (Decision.Suggest, Decision.Ignore, Decision.Suppress);
        await host.ScoredAsync("lumen-hair", [("t-bob", "Glass bob bookings", suggest, RiskTier.None, []), ("t-chips", "Chip shortage", ignore, RiskTier.None, [])]);
        await host.ScoredAsync("skyway-air", [("t-storm", "Hurricane landfall", suppress, RiskTier.Floor, ["risk floor"]), ("t-ferry", "Ferry crossings", suggest, RiskTier.None, []),
            ("t-x", "Other story", ignore, RiskTier.None, []), ("t-y", "Another story", ignore, RiskTier.None, [])]);
        // A later run finds the bob topic no longer relevant: it was still seen, and was relevant in the period.
        await host.ScoredAsync("lumen-hair", [("t-bob", "Glass bob bookings", ignore, RiskTier.None, []), ("t-chips", "Chip shortage", ignore, RiskTier.None, [])]);
        using var browser = CardPageHost.Browser();

        var (status, json, _) = await browser.GetAsync(new Uri(host.BaseUrl, "api/report?brand=lumen-hair"));

        Assert.Equal(200, status);
        var report = JsonDocument.Parse(json).RootElement;
        Assert.Equal((2, 1), (report.GetProperty("topicsSeen").GetInt32(), report.GetProperty("relevantTopics").GetInt32()));
        Assert.Empty(report.GetProperty("suppressed").EnumerateArray());
    }

    [Theory]
    [InlineData("api/report?brand=")]
    [InlineData("api/dashboard?brand=")]
    public async Task Someone_who_approves_no_brand_cannot_tell_a_real_brand_from_an_unknown_one(string path)
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        using var browser = CardPageHost.Browser("mallory@evil.example");

        var (realStatus, real, _) = await browser.GetAsync(new Uri(host.BaseUrl, path + "lumen-hair"));
        var (unknownStatus, unknown, _) = await browser.GetAsync(new Uri(host.BaseUrl, path + "acme-corp"));

        // Same status and the same words, but for the id they typed themselves.
        Assert.Equal((403, 403), (realStatus, unknownStatus));
        Assert.Equal(real.Replace("lumen-hair", "ID", StringComparison.Ordinal), unknown.Replace("acme-corp", "ID", StringComparison.Ordinal));
        Assert.Contains("none of the brands you approve (none)", real, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quiet_week_reports_zeros_and_no_median_rather_than_failing()
    {
        await using var host = await CardPageHost.StartAsync(azurite);
        using var browser = CardPageHost.Browser();

        var (status, json, _) = await browser.GetAsync(new Uri(host.BaseUrl, "api/report?brand=lumen-hair&days=1"));
        var (pageStatus, html, _) = await browser.GetAsync(new Uri(host.BaseUrl, "api/dashboard?brand=lumen-hair&days=1"));

        Assert.Equal((200, 200), (status, pageStatus));
        var report = JsonDocument.Parse(json).RootElement;
        Assert.Equal(0, report.GetProperty("cardsSent").GetInt32());
        Assert.False(report.TryGetProperty("medianMinutesToDecision", out _));
        Assert.Contains("no decision yet", html, StringComparison.Ordinal);
        Assert.Contains("No relevant topic was held back as unsafe.", html, StringComparison.Ordinal);
    }

    /// <summary>Five delivered cards (approved and published, approved, rejected, expired, waiting), one that Teams refused, one suppressed topic.</summary>
    internal static async Task SeedWeekAsync(CardPageHost host, string suppressedLabel = "Salon fire kills two")
    {
        var delivered = DateTimeOffset.UtcNow.AddMinutes(-1);
        SuggestionCard Decided(SuggestionCard c, CardState state, string by, double minutes) =>
            c with { State = state, DeliveredAt = delivered, DecidedBy = by, DecidedAt = delivered.AddMinutes(minutes) };
        await host.SeedAsync("r-published", change: c => Decided(c, CardState.Published, CardPageHost.Ana, 10));
        await host.SeedAsync("r-approved", change: c => Decided(c, CardState.Approved, CardPageHost.Li, 30));
        await host.SeedAsync("r-rejected", change: c => Decided(c, CardState.Rejected, CardPageHost.Ana, 20) with { Reason = "Tone or wording is wrong" });
        await host.SeedAsync("r-expired", change: c => Decided(c, CardState.Expired, "system", 360));
        await host.SeedAsync("r-waiting", change: c => c with { DeliveredAt = delivered });
        await host.SeedAsync("r-refused", change: c => c with { State = CardState.DeliveryFailed, DeliveredAt = null, LastError = "Teams answered 400: bad card" });
        await host.SuppressAsync("t-fire", suppressedLabel, RiskTier.Floor, "risk floor: deaths reported (\"two killed in a salon fire\")", "never joke about a tragedy");
    }
}
