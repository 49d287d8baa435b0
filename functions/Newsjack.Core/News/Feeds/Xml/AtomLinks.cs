using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Chooses the alternate link among Atom `link` elements: `rel` missing or `alternate`, an HTML type preferred.</summary>
internal static class AtomLinks
{
    public static string? AlternateHref(IEnumerable<XElement> links, string? baseUri)
    {
        XElement? first = null;
        foreach (var link in links)
        {
            var rel = ((string?)link.Attribute("rel"))?.Trim();
            if (rel is not (null or "" or "alternate" or "http://www.iana.org/assignments/relation/alternate") || Href(link) is null)
            {
                continue;
            }

            var type = ((string?)link.Attribute("type"))?.Trim().ToLowerInvariant();
            if (type is null or "" or "text/html" or "application/xhtml+xml")
            {
                return Resolve(link, baseUri);
            }

            first ??= link;
        }

        return first is null ? null : Resolve(first, baseUri);
    }

    private static string? Href(XElement link)
    {
        var href = ((string?)link.Attribute("href"))?.Trim();
        if (!string.IsNullOrEmpty(href))
        {
            return href;
        }

        var text = link.HasElements ? null : link.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? Resolve(XElement link, string? baseUri) => XmlBase.Resolve(XmlBase.Of(link, baseUri), Href(link));
}
