using System.Globalization;
using System.Text;

namespace Newsjack.Benchmarks.News.Feeds;

/// <summary>Realistic generated feeds: HTML summaries in CDATA, entities, tracking parameters, RFC 822 / ISO dates.</summary>
internal static class GeneratedFeeds
{
    private const string Body = "<p>The <b>council</b> met on Tuesday &amp; agreed the plan.</p><p>More text follows with a <a href=\"https://x.example/\">link</a>.</p>";

    public static byte[] Rss(int items)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench</title><link>https://bench.example/</link>\n");
        for (var i = 0; i < items; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<item><title>Story {i} &amp; more &mdash; update</title><link>https://bench.example/s/{i}?utm_source=rss&amp;id={i}</link>")
                .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">s-{i}</guid><pubDate>Tue, 10 Jun 2025 08:15:00 +0200</pubDate>")
                .Append("<description><![CDATA[").Append(Body).Append("]]></description></item>\n");
        }

        return Encoding.UTF8.GetBytes(builder.Append("</channel></rss>").ToString());
    }

    public static byte[] Atom(int items)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://bench.example/\"><title>Bench</title><link href=\"/\"/>\n");
        for (var i = 0; i < items; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<entry><title type=\"html\">Story {i} &amp;amp; more</title><link href=\"posts/{i}\"/><id>tag:bench.example,2025:{i}</id>")
                .Append("<published>2025-06-10T08:15:00+02:00</published><summary type=\"html\">")
                .Append(System.Security.SecurityElement.Escape(Body)).Append("</summary></entry>\n");
        }

        return Encoding.UTF8.GetBytes(builder.Append("</feed>").ToString());
    }
}
