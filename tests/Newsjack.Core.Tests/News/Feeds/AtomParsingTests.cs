namespace Newsjack.Core.Tests.News.Feeds;

public sealed class AtomParsingTests
{
    [Fact]
    public void Parse_atom1_reads_feed_and_entries_with_xml_base()
    {
        var feed = FeedFixtures.ParseFile("atom1.xml");

        Assert.Equal("Dev Notes", feed.Title);
        Assert.Equal("https://blog.example/", feed.Link);
        var first = feed.Items[0];
        Assert.Equal("https://blog.example/posts/1", first.Link);
        Assert.Equal("tag:blog.example,2025:1", first.Guid);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 14, 30, 0, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("First paragraph & more", first.Summary);
    }

    [Fact]
    public void Parse_atom_text_title_keeps_escaped_markup_as_characters()
    {
        Assert.Equal("Why <b> is not bold here", FeedFixtures.ParseFile("atom1.xml").Items[0].Title);
    }

    [Fact]
    public void Parse_atom_entry_without_published_uses_updated()
    {
        var second = FeedFixtures.ParseFile("atom1.xml").Items[1];

        Assert.Equal(new DateTimeOffset(2025, 6, 3, 8, 0, 0, TimeSpan.Zero), second.PublishedAt);
        Assert.Equal("https://elsewhere.example/2", second.Link);
        Assert.Equal("Body text", second.Summary);
    }

    [Fact]
    public void Parse_atom03_reads_issued_and_escaped_titles()
    {
        var feed = FeedFixtures.ParseFile("atom03.xml");

        Assert.Equal("Legacy & Co", feed.Title);
        Assert.Equal("http://legacy.example/", feed.Link);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("http://legacy.example/e1", entry.Link);
        Assert.Equal(new DateTimeOffset(2004, 1, 2, 10, 0, 0, TimeSpan.Zero), entry.PublishedAt);
        Assert.Equal("Short summary", entry.Summary);
    }

    [Fact]
    public void Parse_atom_link_without_rel_is_the_alternate_and_self_is_ignored()
    {
        var feed = FeedFixtures.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
              <entry><title>e</title><link rel="self" href="https://x.example/self"/><link href="https://x.example/page"/></entry>
            </feed>
            """);

        Assert.Equal("https://x.example/page", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_nested_xml_base_on_the_entry_and_link_combine()
    {
        var feed = FeedFixtures.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://a.example/root/"><title>x</title>
              <entry xml:base="sub/"><title>e</title><link xml:base="deeper/" href="page.html"/></entry>
            </feed>
            """);

        Assert.Equal("http://a.example/root/sub/deeper/page.html", feed.Items[0].Link);
    }
}
