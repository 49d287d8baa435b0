namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedEntityTests
{
    [Theory]
    [InlineData("&nbsp;", "a\u00A0b")]
    [InlineData("&eacute;", "aéb")]
    [InlineData("&mdash;", "a—b")]
    [InlineData("&hellip;", "a…b")]
    [InlineData("&rsquo;", "a’b")]
    [InlineData("&euro;", "a€b")]
    [InlineData("&NotEqualTilde;", "a≂̸b")]
    [InlineData("&#233;", "aéb")]
    [InlineData("&#xE9;", "aéb")]
    [InlineData("&#X00E9;", "aéb")]
    [InlineData("&#150;", "a–b")]
    [InlineData("&amp;", "a&b")]
    public void Parse_html_entities_without_a_dtd_decode_in_titles(string entity, string expected)
    {
        var feed = FeedFixtures.ParseText($"<rss><channel><title>a{entity}b</title></channel></rss>");

        Assert.Equal(expected, feed.Title);
    }

    [Fact]
    public void Parse_unescaped_ampersands_in_text_and_attributes_are_recovered()
    {
        var feed = FeedFixtures.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Salt & Pepper &co</title>
            <link href="http://d.example/?a=1&b=2"/></feed>
            """);

        Assert.Equal("Salt & Pepper &co", feed.Title);
        Assert.Equal("http://d.example/?a=1&b=2", feed.Link);
    }

    [Fact]
    public void Parse_unknown_entity_stays_literal_text()
    {
        Assert.Equal("x &bogus; y", FeedFixtures.ParseText("<rss><channel><title>x &bogus; y</title></channel></rss>").Title);
    }

    [Fact]
    public void Parse_entities_inside_cdata_are_decoded_once_as_html()
    {
        var item = FeedFixtures.SingleItem("<item><title><![CDATA[Fish &amp; Chips &amp;amp; more]]></title></item>");

        Assert.Equal("Fish & Chips &amp; more", item.Title);
    }
}
