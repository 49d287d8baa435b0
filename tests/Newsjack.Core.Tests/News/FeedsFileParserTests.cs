using Newsjack.Core.News;

namespace Newsjack.Core.Tests.News;

public sealed class FeedsFileParserTests
{
    [Fact]
    public void Parse_ValidFile_ReturnsEveryFeed()
    {
        var result = FeedsFileParser.Parse("""
            { "feeds": [
              { "name": "Example Wire", "url": "https://example.com/rss.xml", "language": "en", "pollMinutes": 5 },
              { "name": "Daily Planet", "url": "http://planet.example/atom", "pollMinutes": 1440 } ] }
            """, "feeds.json");

        Assert.True(result.Ok, string.Join('\n', result.Errors));
        Assert.Equal(["Example Wire", "Daily Planet"], result.Feeds.Select(f => f.Name));
        Assert.Equal(new Uri("https://example.com/rss.xml"), result.Feeds[0].Url);
        Assert.Equal("en", result.Feeds[0].Language);
        Assert.Null(result.Feeds[1].Language);
        Assert.Equal(1440, result.Feeds[1].PollMinutes);
    }

    [Fact]
    public void Parse_MissingPollMinutes_UsesDefault()
    {
        var result = FeedsFileParser.Parse("""{ "feeds": [ { "name": "A", "url": "https://a.example/" } ] }""", "f.json");

        Assert.Equal(FeedsFileParser.DefaultPollMinutes, Assert.Single(result.Feeds).PollMinutes);
    }

    [Fact]
    public void Parse_MissingUrl_NamesFileFeedAndField()
    {
        var result = FeedsFileParser.Parse("""{ "feeds": [ { "name": "Example Wire", "pollMinutes": 5 } ] }""", "feeds.json");

        Assert.Equal("feeds.json: feeds[0] (\"Example Wire\"): url: is required", Assert.Single(result.Errors));
        Assert.Empty(result.Feeds);
    }

    [Theory]
    [InlineData("ftp://example.com/feed")]
    [InlineData("/relative/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public void Parse_UrlNotHttp_IsRejected(string url)
    {
        var result = FeedsFileParser.Parse($$"""{ "feeds": [ { "name": "X", "url": "{{url}}" } ] }""", "feeds.json");

        Assert.Equal("feeds.json: feeds[0] (\"X\"): url: must be an absolute http or https URL", Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_DuplicateNames_ReportsTheLaterOneIgnoringCase()
    {
        var result = FeedsFileParser.Parse("""
            { "feeds": [ { "name": "Wire", "url": "https://a.example/" }, { "name": "wire", "url": "https://b.example/" } ] }
            """, "feeds.json");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("feeds.json: feeds[1] (\"wire\"): name: duplicate", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1441)]
    [InlineData(-5)]
    public void Parse_PollMinutesOutOfRange_IsRejected(int minutes)
    {
        var result = FeedsFileParser.Parse($$"""{ "feeds": [ { "name": "X", "url": "https://x.example/", "pollMinutes": {{minutes}} } ] }""", "feeds.json");

        Assert.Equal($"feeds.json: feeds[0] (\"X\"): pollMinutes: {minutes} is outside 1..1440", Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_SeveralBrokenFeeds_ReportsAllOfThem()
    {
        var result = FeedsFileParser.Parse("""
            { "feeds": [ { "url": "https://a.example/" }, { "name": "B", "url": 42 }, { "name": "C/D", "url": "https://c.example/", "pollMinutes": "5" } ] }
            """, "feeds.json");

        Assert.Equal(
            [
                "feeds.json: feeds[0]: name: is required",
                "feeds.json: feeds[1] (\"B\"): url: expected a string, got number",
                "feeds.json: feeds[2] (\"C/D\"): name: must not contain / \\ # ? or control characters",
                "feeds.json: feeds[2] (\"C/D\"): pollMinutes: expected a whole number, got \"5\"",
            ],
            result.Errors);
    }

    [Fact]
    public void Parse_InvalidJson_NamesTheLine()
    {
        var result = FeedsFileParser.Parse("{ \"feeds\": [\n  { \"name\": \"A\", }\n  oops ] }", "feeds.json");

        Assert.StartsWith("feeds.json: line 3: invalid JSON", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoFeedsArray_SaysWhatIsExpected()
    {
        var result = FeedsFileParser.Parse("""{ "sources": [] }""", "feeds.json");

        Assert.Equal("feeds.json: expected an object with a \"feeds\" array", Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_BadLanguage_IsRejected()
    {
        var result = FeedsFileParser.Parse("""{ "feeds": [ { "name": "X", "url": "https://x.example/", "language": "english please" } ] }""", "feeds.json");

        Assert.Contains("language: 'english please' is not a BCP-47 language tag", Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}
