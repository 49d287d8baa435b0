using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class JsonFeedTests
{
    [Fact]
    public void Parse_json_feed_reads_items_with_fallbacks()
    {
        var feed = FeedFixtures.ParseFile("jsonfeed11.json");

        Assert.Equal("Pod Log", feed.Title);
        Assert.Equal("https://pod.example/", feed.Link);
        var first = feed.Items[0];
        Assert.Equal("Episode one", first.Title);
        Assert.Equal("Hello & welcome", first.Summary);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero), first.PublishedAt);
        var second = feed.Items[1];
        Assert.Null(second.Title);
        Assert.Equal("https://other.example/x", second.Link);
        Assert.Equal("2", second.Guid);
        Assert.Equal("No title here", second.Summary);
        Assert.Equal(new DateTimeOffset(2025, 5, 2, 0, 0, 0, TimeSpan.Zero), second.PublishedAt);
    }

    [Fact]
    public void Parse_rss_serialised_as_json_is_not_a_json_feed()
    {
        var result = FeedParser.Parse(FeedFixtures.Bytes("rss-as-json.json"));

        Assert.False(result.Ok);
        Assert.Contains("RSS document serialised as JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_truncated_json_names_line_and_column()
    {
        var result = FeedParser.Parse(FeedFixtures.Bytes("truncated.json"));

        Assert.False(result.Ok);
        Assert.StartsWith("line 1, column ", result.Error, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_json_without_version_is_rejected()
    {
        var result = FeedParser.Parse("""{ "title": "x", "items": [] }"""u8);

        Assert.False(result.Ok);
        Assert.Contains("jsonfeed.org", result.Error, StringComparison.Ordinal);
    }
}
