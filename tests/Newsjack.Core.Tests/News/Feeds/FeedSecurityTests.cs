using System.Text;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class FeedSecurityTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>&lol9;</title><item><title>bomb &lol9;</title></item></channel></rss>
        """;

    [Fact]
    public void Parse_billion_laughs_is_not_expanded_and_allocates_little()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(BillionLaughs));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 20_000_000);
        Assert.DoesNotContain("lollol", Describe(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY % ext SYSTEM \"file:///etc/passwd\"> %ext;]>")]
    [InlineData("<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">")]
    public void Parse_external_entities_never_read_local_files(string doctype)
    {
        var xml = $"<?xml version=\"1.0\"?>{doctype}<rss version=\"2.0\"><channel><title>t &xxe;</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";

        var text = Describe(FeedParser.Parse(Encoding.UTF8.GetBytes(xml)));

        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_script_in_titles_and_summaries_is_reduced_to_plain_text()
    {
        var item = FeedFixtures.SingleItem("""
            <item><title>&lt;img src=x onerror=alert(1)&gt;Hello&lt;script&gt;alert(2)&lt;/script&gt;</title>
            <description><![CDATA[<p onclick="x()">Body</p><script type="text/javascript">evil()</script><style>p{}</style>end]]></description></item>
            """);

        Assert.Equal("Hello", item.Title);
        Assert.Equal("Body end", item.Summary);
    }

    [Fact]
    public void Parse_script_in_xhtml_content_is_dropped_and_the_text_after_it_kept()
    {
        var feed = FeedFixtures.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>e</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">safe<script>location.href='x';</script> description<x:style xmlns:x="http://www.w3.org/1999/xhtml">p{}</x:style></div></content></entry></feed>
            """);

        Assert.Equal("safe description", Assert.Single(feed.Items).Summary);
    }

    private static string Describe(FeedParseResult result) =>
        result.Ok
            ? result.Feed!.Title + string.Concat(result.Feed.Items.Select(i => i.Title + i.Summary))
            : result.Error ?? string.Empty;
}
