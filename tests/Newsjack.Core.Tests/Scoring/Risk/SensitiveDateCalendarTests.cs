using System.Text;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Scoring.Risk;

public sealed class SensitiveDateCalendarTests
{
    private static SensitiveDateCalendar Read(string json, string file = "dates.json") =>
        SensitiveDateCalendar.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), file);

    [Fact]
    public void Anniversary_is_judged_on_the_brand_local_date()
    {
        var lateOnTheTenthUtc = new DateTimeOffset(2026, 9, 10, 23, 30, 0, TimeSpan.Zero); // already Sep 11 in Amsterdam
        var cookies = Subjects.Make("Cookie launch", ["New cookie flavour launches"]);
        var amsterdam = BrandJson.Fixture("lumen-hair");
        var utc = amsterdam with { Limits = amsterdam.Limits with { TimeZone = TimeZoneInfo.Utc } };

        Assert.Equal(RiskTier.Medium, RiskEngine.Default.Assess(cookies, amsterdam, lateOnTheTenthUtc).Tier);
        Assert.Equal(RiskTier.None, RiskEngine.Default.Assess(cookies, utc, lateOnTheTenthUtc).Tier);
    }

    [Fact]
    public void Deployment_can_supply_its_own_dates()
    {
        var calendar = Read("""{ "dates": [ { "date": "05-04", "name": "a local day of mourning", "category": "death_injury_conflict", "dayTier": "high", "terms": ["harbour fire"] } ] }""");
        var engine = new RiskEngine(RiskLexicon.Default, calendar, SentimentScorer.Default, ToneGuard.Default, TragedySigns.Default);
        var mayFourth = new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(RiskTier.High, engine.Assess(Subjects.Make("Snacks", ["Snack news"]), BrandJson.Fixture("snapwell-snacks"), mayFourth).Tier);
        Assert.Equal(RiskTier.Floor, engine.Assess(Subjects.Make("Harbour", ["Remembering the harbour fire"]), BrandJson.Fixture("snapwell-snacks"), mayFourth).Tier);
    }

    [Theory]
    [InlineData("""{ "dates": [ { "date": "13-40", "name": "x", "category": "terrorism" } ] }""", "dates.json: dates[0].date: '13-40' is not MM-DD")]
    [InlineData("""{ "dates": [ { "date": "01-01", "name": "x", "category": "sadness" } ] }""", "dates.json: dates[0].category: 'sadness' is not a risk category")]
    [InlineData("""{ "dates": [ { "date": "01-01", "name": "x", "category": "terrorism", "dayTier": "huge" } ] }""", "dates.json: dates[0].dayTier: 'huge' is not a tier")]
    public void Bad_calendar_entry_names_file_entry_and_field(string json, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => Read(json)).Message);

    [Fact]
    public void Embedded_calendar_knows_september_11() =>
        Assert.Contains(SensitiveDateCalendar.Default.On(new DateOnly(2026, 9, 11)), d => d.Category == RiskCategories.Terrorism);
}
