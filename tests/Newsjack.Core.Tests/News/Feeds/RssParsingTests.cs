namespace Newsjack.Core.Tests.News.Feeds;

public sealed class RssParsingTests
{
    [Fact]
    public void Parse_rss2_reads_channel_and_items()
    {
        var feed = FeedFixtures.ParseFile("rss2.xml");

        Assert.Equal("Harbour Gazette", feed.Title);
        Assert.Equal("https://gazette.example/", feed.Link);
        Assert.Equal(2, feed.Items.Count);
        var ferry = feed.Items[0];
        Assert.Equal("Ferry timetable changes & new routes", ferry.Title);
        Assert.Equal("https://gazette.example/ferry?utm_source=rss&id=7", ferry.Link);
        Assert.Equal("ferry-7", ferry.Guid);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 6, 15, 0, TimeSpan.Zero), ferry.PublishedAt);
        Assert.Equal("The summer timetable starts Monday.", ferry.Summary);
    }

    [Fact]
    public void Parse_rss_guid_is_the_link_when_it_is_a_permalink()
    {
        var budget = FeedFixtures.ParseFile("rss2.xml").Items[1];

        Assert.Equal("https://gazette.example/budget", budget.Link);
        Assert.Equal(new DateTimeOffset(2025, 6, 9, 17, 0, 0, TimeSpan.Zero), budget.PublishedAt);
        Assert.Equal("Approved 7 to 2.", budget.Summary);
    }

    [Fact]
    public void Parse_rss_guid_marked_not_permalink_is_not_used_as_link()
    {
        var item = FeedFixtures.SingleItem("<item><title>a</title><guid isPermaLink=\"false\">https://x.example/1</guid></item>");

        Assert.Null(item.Link);
        Assert.Equal("https://x.example/1", item.Guid);
    }

    [Fact]
    public void Parse_rss1_reads_items_outside_the_channel()
    {
        var feed = FeedFixtures.ParseFile("rss1.rdf");

        Assert.Equal("Wire One", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://wire.example/a", item.Link);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 6, 0, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void Parse_rss091_with_netscape_doctype_decodes_html_entities()
    {
        var feed = FeedFixtures.ParseFile("rss091.xml");

        Assert.Equal("Café Notes", feed.Title);
        Assert.Equal("Crème brûlée — a recipe", feed.Items[0].Title);
        Assert.Equal("Sugar\u00A0and cream.", feed.Items[0].Summary);
    }

    [Fact]
    public void Parse_channel_image_title_does_not_replace_the_channel_title()
    {
        Assert.Equal("Harbour Gazette", FeedFixtures.ParseFile("rss2.xml").Title);
    }

    [Fact]
    public void Parse_undeclared_namespace_prefix_is_tolerated()
    {
        var item = FeedFixtures.SingleItem("<item><title>Ep 1</title><itunes:duration>10:00</itunes:duration><foo:bar>x</foo:bar><link>https://p.example/1</link></item>");

        Assert.Equal("https://p.example/1", item.Link);
    }

    [Fact]
    public void Parse_published_date_wins_over_dc_date()
    {
        var item = FeedFixtures.SingleItem(
            "<item xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><title>a</title><dc:date>2020-01-01T00:00:00Z</dc:date><pubDate>Wed, 02 Jan 2019 00:00:00 GMT</pubDate></item>");

        Assert.Equal(new DateTimeOffset(2019, 1, 2, 0, 0, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void Parse_unparseable_date_gives_null()
    {
        Assert.Null(FeedFixtures.SingleItem("<item><title>a</title><pubDate>sometime soon</pubDate></item>").PublishedAt);
    }
}
