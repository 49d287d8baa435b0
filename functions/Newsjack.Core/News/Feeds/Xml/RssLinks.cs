using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>An RSS `link` element's address: its text, or an `href` attribute some feeds write instead; xml:base resolved.</summary>
internal static class RssLinks
{
    public static string? Href(XElement link, string? outerBase)
    {
        var text = link.Value.Trim();
        if (text.Length == 0)
        {
            text = ((string?)link.Attribute("href"))?.Trim() ?? string.Empty;
        }

        return text.Length == 0 ? null : XmlBase.Resolve(XmlBase.Of(link, outerBase), text);
    }

    /// <summary>The last non-empty `link` among <paramref name="links"/>, as gofeed and feedparser keep the last.</summary>
    public static string? Last(IEnumerable<XElement> links, string? outerBase) =>
        links.Select(l => Href(l, outerBase)).LastOrDefault(h => h is not null);
}
