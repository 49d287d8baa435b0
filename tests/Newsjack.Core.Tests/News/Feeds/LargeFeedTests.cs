using System.Text;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Core.Tests.News.Feeds;

public sealed class LargeFeedTests
{
    [Fact]
    public void Parse_twenty_megabyte_feed_reads_every_item()
    {
        var (bytes, count) = GeneratedFeed.Build(20 * 1024 * 1024);

        var feed = FeedFixtures.Ok(FeedParser.Parse(bytes));

        Assert.Equal(count, feed.Items.Count);
        Assert.Equal($"Story {count - 1} & more", feed.Items[^1].Title);
        Assert.Equal(count, feed.Items.Select(i => i.Id).Distinct().Count());
    }
}

/// <summary>Builds an RSS 2.0 feed of about the requested size from repeated realistic items.</summary>
internal static class GeneratedFeed
{
    public static (byte[] Bytes, int Count) Build(int approximateBytes)
    {
        var builder = new StringBuilder(approximateBytes + 4096);
        builder.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Big</title><link>https://big.example/</link>\n");
        var count = 0;
        while (builder.Length < approximateBytes)
        {
            builder.Append("<item><title>Story ").Append(count).Append(" &amp; more</title><link>https://big.example/s/").Append(count)
                .Append("?utm_source=rss</link><pubDate>Tue, 10 Jun 2025 08:15:00 GMT</pubDate><description><![CDATA[<p>Paragraph with <b>markup</b> &nbsp;and text ")
                .Append('x', 300).Append("</p>]]></description></item>\n");
            count++;
        }

        builder.Append("</channel></rss>");
        return (Encoding.UTF8.GetBytes(builder.ToString()), count);
    }
}
