using Newsjack.Core.Brands;

namespace Newsjack.Core.Tests.Brands;

public sealed class BrandProfileLoaderTests
{
    [Theory]
    [InlineData("snapwell-snacks")]
    [InlineData("lumen-hair")]
    [InlineData("skyway-air")]
    public void Fixture_profiles_load_without_errors(string id) => Assert.Equal(id, BrandJson.Fixture(id).Id);

    [Fact]
    public void Contract_example_reads_every_field()
    {
        var lumen = BrandJson.Fixture("lumen-hair");
        Assert.Equal(RiskTolerance.Low, lumen.RiskTolerance);
        Assert.Equal("TEAMS_WEBHOOK_LUMEN", lumen.TeamsWebhookSetting);
        Assert.Equal("PUBLISH_WEBHOOK_LUMEN", lumen.PublishWebhookSetting);
        Assert.Equal(8, lumen.Limits.MaxCardsPerDay);
        Assert.Equal(new TimeOnly(22, 0), lumen.Limits.QuietHours!.Start);
        Assert.Equal("Europe/Amsterdam", lumen.Limits.TimeZone.Id);
        Assert.Contains(new BrandTopic("red carpet", 0.7), lumen.Topics);
    }

    [Fact]
    public void Minimal_profile_gets_documented_defaults()
    {
        var result = BrandJson.Load("""{ "id": "acme", "name": "Acme", "topics": [ { "phrase": "anvil" } ] }""");

        var profile = Assert.IsType<BrandProfile>(result.Profile);
        Assert.Equal(RiskTolerance.Low, profile.RiskTolerance);
        Assert.Equal(0.35, profile.RelevanceThreshold);
        Assert.Equal(1.0, profile.Topics[0].Weight);
        Assert.Equal("TEAMS_WEBHOOK_ACME", profile.TeamsWebhookSetting);
        Assert.Null(profile.PublishWebhookSetting);
        Assert.Equal(10, profile.Limits.MaxCardsPerDay);
        Assert.Equal(12, profile.Limits.CooldownHours);
        Assert.Null(profile.Limits.QuietHours);
        Assert.Equal(TimeZoneInfo.Utc, profile.Limits.TimeZone);
        Assert.Equal("neutral", profile.Voice.Tone);
    }

    [Fact]
    public void Missing_required_fields_are_each_named()
    {
        var result = BrandJson.Load("""{ "description": "nothing else" }""", "empty.json");

        Assert.False(result.Ok);
        Assert.Equal(["id", "name", "topics"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal("empty.json", e.File));
    }

    [Fact]
    public void Every_field_problem_is_reported_at_once()
    {
        var result = BrandJson.Load("""
            { "id": "Bad Id", "name": "X", "topics": [ { "phrase": "a", "weight": 0 }, { "phrase": "" } ],
              "riskTolerance": "reckless", "relevanceThreshold": 1.5, "approvers": ["nobody"],
              "teams": { "webhookSetting": "https://outlook.office.com/webhook/secret" },
              "voice": { "hashtags": ["NoHash"] },
              "limits": { "maxCardsPerDay": 0, "cooldownHours": -1, "quietHours": "late", "timeZone": "Mars/Olympus" } }
            """);

        Assert.Equal(
            ["id", "topics[0].weight", "topics[1].phrase", "riskTolerance", "relevanceThreshold", "voice.hashtags[0]", "approvers[0]",
             "teams.webhookSetting", "limits.maxCardsPerDay", "limits.cooldownHours", "limits.quietHours", "limits.timeZone"],
            result.Errors.Select(e => e.Field));
        Assert.Contains("looks like a URL", result.Errors.Single(e => e.Field == "teams.webhookSetting").Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Errors, e => e.Problem.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_type_names_the_field_and_line()
    {
        var result = BrandJson.Load("{ \"id\": \"a\",\n \"name\": \"A\",\n \"topics\": [ { \"phrase\": \"x\", \"weight\": \"heavy\" } ] }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("topics[0].weight", error.Field);
        Assert.StartsWith("line 3:", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_an_error_not_an_exception()
    {
        var result = BrandJson.Load("{ \"id\": ");

        Assert.False(result.Ok);
        Assert.Contains("line 1", Assert.Single(result.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_is_a_warning_only()
    {
        var result = BrandJson.Load("""{ "id": "a", "name": "A", "topics": [ { "phrase": "x" } ], "riskTolerence": "high" }""");

        Assert.True(result.Ok);
        Assert.Equal("riskTolerence", Assert.Single(result.Warnings).Field);
    }

    [Theory]
    [InlineData("22:00-07:00", "23:30", true)]
    [InlineData("22:00-07:00", "06:59", true)]
    [InlineData("22:00-07:00", "07:00", false)]
    [InlineData("12:00-14:00", "13:00", true)]
    [InlineData("12:00-14:00", "21:00", false)]
    public void Quiet_hours_wrap_past_midnight(string window, string local, bool quiet)
    {
        Assert.True(QuietHours.TryParse(window, out var hours));
        Assert.Equal(quiet, hours!.Contains(TimeOnly.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
