namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedTextTests
{
    [Theory]
    [InlineData("<title type=\"text\">AT&amp;amp;T &lt;b&gt;</title>", "AT&amp;T <b>")]
    [InlineData("<title type=\"html\">AT&amp;amp;T &lt;b&gt;bold&lt;/b&gt;</title>", "AT&T bold")]
    [InlineData("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">A &amp;lt; <b>B</b></div></title>", "A &lt; B")]
    [InlineData("<title>  spaced\n\t out  </title>", "spaced out")]
    [InlineData("<title type=\"text\"><![CDATA[<b>literal</b>]]></title>", "<b>literal</b>")]
    public void Parse_atom_title_respects_its_type(string titleXml, string expected)
    {
        var feed = FeedFixtures.ParseText($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>{titleXml}</entry></feed>");

        Assert.Equal(expected, feed.Items[0].Title);
    }

    [Theory]
    [InlineData("<title>&lt;p&gt;Para&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;</title>", "Para Two")]
    [InlineData("<title><![CDATA[Line<br>break]]></title>", "Line break")]
    [InlineData("<title><![CDATA[<b>bold</b> and <i>it</i>alic]]></title>", "bold and italic")]
    [InlineData("<title>a &amp;lt; b</title>", "a < b")]
    [InlineData("<title>1 &lt; 2 and 3 &gt; 2</title>", "1 < 2 and 3 > 2")]
    [InlineData("<title><![CDATA[<!-- hidden -->shown]]></title>", "shown")]
    [InlineData("<title>Inline <b>child</b> markup</title>", "Inline child markup")]
    public void Parse_rss_title_html_is_reduced_to_text(string titleXml, string expected)
    {
        Assert.Equal(expected, FeedFixtures.SingleItem($"<item>{titleXml}</item>").Title);
    }

    [Fact]
    public void Parse_atom_html_content_wrapped_in_a_div_is_still_escaped_html()
    {
        var feed = FeedFixtures.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>
            <content type="html"><div xmlns="http://www.w3.org/1999/xhtml">Example &lt;b&gt;Atom&lt;/b&gt;</div></content></entry></feed>
            """);

        Assert.Equal("Example Atom", feed.Items[0].Summary);
    }

    [Fact]
    public void Parse_itunes_summary_is_the_fallback_summary_whatever_the_namespace_case()
    {
        var feed = FeedFixtures.ParseText("""
            <rss xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"><channel><item><title>Ep</title>
            <itunes:summary>Episode notes</itunes:summary></item></channel></rss>
            """);

        Assert.Equal("Episode notes", feed.Items[0].Summary);
    }

    [Fact]
    public void Parse_empty_title_is_null()
    {
        Assert.Null(FeedFixtures.SingleItem("<item><title>  </title><link>http://x.example/</link></item>").Title);
    }

    [Fact]
    public void Parse_control_characters_are_dropped_from_text()
    {
        Assert.Equal("abcd", FeedFixtures.SingleItem("<item><title>ab\bcd</title></item>").Title);
    }
}
