using System.Xml.Linq;

namespace Newsjack.Core.Feeds.Xml;

/// <summary>
/// Reads one RSS 0.9x/1.0/2.0 `item`. Link: `link`, else `atom:link` alternate, else a permalink `guid`.
/// Date: `pubDate` (published), else `atom:published`/`dcterms:issued`, else `atom:updated`/`dcterms:modified`,
/// else `dc:date` — published before updated, as gofeed's `publishedParsed`.
/// Summary: `description`, else `content:encoded`.
/// </summary>
internal static class RssItemReader
{
    private static readonly XNamespace Dc = FeedNamespaces.DublinCore;
    private static readonly XNamespace Terms = FeedNamespaces.DublinCoreTerms;
    private static readonly XNamespace Atom = FeedNamespaces.Atom10;
    private static readonly XNamespace Content = FeedNamespaces.Content;

    public static FeedEntry Read(XElement item, string? outerBase)
    {
        bool Rss(string ns) => FeedNamespaces.IsRss(ns) || ns == item.Name.NamespaceName;
        var title = ElementText.Html(item.First("title", Rss) ?? item.First(Dc, "title"));
        var guidElement = item.First("guid", Rss);
        var guid = guidElement?.Value.Trim() is { Length: > 0 } g ? g : null;
        var link = LinkOf(item, outerBase, Rss) ?? PermaLink(guidElement, guid, outerBase);
        var summary = ElementText.Html(item.First("description", Rss) ?? item.First(Content, "encoded") ?? item.First(Dc, "description"));
        var published = ChildElements.FirstDate(
            item.First("pubDate", Rss), item.First(Atom, "published"), item.First(Terms, "issued"),
            item.First(Atom, "updated"), item.First(Terms, "modified"), item.First(Dc, "date"));
        guid ??= (string?)item.Attribute(XName.Get("about", FeedNamespaces.Rdf));
        return new FeedEntry(FeedEntryId.Create(link, guid, title, published), title, link, published, summary, guid);
    }

    private static string? LinkOf(XElement item, string? outerBase, Func<string, bool> rss)
    {
        var link = item.First("link", rss);
        if (link is not null && link.Value.Trim().Length > 0)
        {
            return XmlBase.Resolve(XmlBase.Of(link, outerBase), link.Value);
        }

        return AtomLinks.AlternateHref(item.Elements(Atom + "link"), outerBase);
    }

    /// <summary>A guid doubles as the link when it is a permalink (the default) and looks like a web address.</summary>
    private static string? PermaLink(XElement? guidElement, string? guid, string? outerBase)
    {
        if (guidElement is null || guid is null || string.Equals((string?)guidElement.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return guid.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || guid.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? XmlBase.Resolve(XmlBase.Of(guidElement, outerBase), guid)
            : null;
    }
}
