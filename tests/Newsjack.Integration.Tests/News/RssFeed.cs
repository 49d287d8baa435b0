using System.Globalization;
using System.Security;
using System.Text;

namespace Newsjack.Integration.Tests.News;

/// <summary>Builds small RSS 2.0 documents for the feeds a test server serves.</summary>
public static class RssFeed
{
    public static string With(string title, params (string Title, string Link)[] items)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{Escape(title)}</title><link>https://outlet.example/</link>");
        foreach (var (itemTitle, link) in items)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>{Escape(itemTitle)}</title><link>{Escape(link)}</link><pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate><description>About {Escape(itemTitle)}</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
