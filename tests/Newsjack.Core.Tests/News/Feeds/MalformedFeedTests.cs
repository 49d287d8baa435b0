using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class MalformedFeedTests
{
    [Fact]
    public void Parse_feed_cut_inside_an_item_reports_the_line()
    {
        var result = FeedParser.Parse("<rss version=\"2.0\">\n<channel>\n<title>x</title>\n<item>\n<title>half"u8);

        Assert.False(result.Ok);
        Assert.Matches(@"^line \d+, column \d+: ", result.Error);
    }

    [Fact]
    public void Parse_broken_markup_reports_line_and_column()
    {
        var result = FeedParser.Parse("<rss version=\"2.0\">\n<channel>\n<title a=\"1\" a=\"2\">x</title>\n</channel></rss>"u8);

        Assert.False(result.Ok);
        Assert.StartsWith("line 3, column ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_binary_garbage_with_control_characters_is_rejected_with_its_position()
    {
        var result = FeedParser.Parse("<rss version=\"2.0\"><channel>\n<title>ok \uFFFD\uFFFD\u000F\uFFFD</title></channel></rss>"u8.ToArray());

        Assert.False(result.Ok);
        Assert.StartsWith("line 2, column ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_misspelled_end_tag_is_repaired()
    {
        var feed = FeedFixtures.ParseText("<rss version=\"2.0\"><channel><language>en</langauge><title>Kept</title><item><title>i</title></item></channel></rss>");

        Assert.Equal("Kept", feed.Title);
        Assert.Single(feed.Items);
    }

    [Fact]
    public void Parse_missing_final_end_tags_are_recovered()
    {
        var feed = FeedFixtures.ParseText("<rss version=\"2.0\"><channel><title>t</title><item><title>i</title></item></channel></rss");

        Assert.Single(feed.Items);
    }

    [Fact]
    public void Parse_channel_without_items_is_ok_and_empty()
    {
        Assert.Empty(FeedFixtures.ParseText("<rss version=\"2.0\"><channel><title>t</title></channel></rss>").Items);
    }

    [Fact]
    public void Parse_leading_whitespace_and_junk_before_the_declaration_are_ignored()
    {
        Assert.Equal("t", FeedFixtures.ParseText("\n\n  <?xml version=\"1.0\"?><rss><channel><title>t</title></channel></rss>").Title);
    }
}
