using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Reads one RSS 0.9x/1.0/2.0 `item`. Link: `link`, else `atom:link` alternate, else a permalink `guid`.
/// Date: `pubDate` (published), else `atom:published`/`dcterms:issued`, else `atom:updated`/`dcterms:modified`,
/// else `dc:date` — published before updated, as gofeed's `publishedParsed`.
/// Summary: `description`, else `content:encoded`, `xhtml:body`, `itunes:summary`, `media:description`.
/// </summary>
internal static class RssItemReader
{
    private static readonly XNamespace Dc = FeedNamespaces.DublinCore;
    private static readonly XNamespace Terms = FeedNamespaces.DublinCoreTerms;
    private static readonly XNamespace Atom = FeedNamespaces.Atom10;
    private static readonly XNamespace Content = FeedNamespaces.Content;
    private static readonly XNamespace Xhtml = FeedNamespaces.Xhtml;
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    public static FeedEntry Read(XElement item, string? outerBase)
    {
        bool Rss(string ns) => FeedNamespaces.IsRss(ns) || ns == item.Name.NamespaceName;
        var title = ElementText.Html(item.FirstIgnoringCase("title", Rss) ?? item.First(Dc, "title") ?? item.First(Media, "title"));
        var guidElement = item.FirstIgnoringCase("guid", Rss);
        var guid = guidElement?.Value.Trim() is { Length: > 0 } g ? g : null;
        var link = LinkOf(item, outerBase, Rss) ?? PermaLink(guidElement, guid, outerBase);
        var summary = ElementText.Html(
            item.FirstIgnoringCase("description", Rss) ?? item.First(Content, "encoded") ?? item.First(Dc, "description")
            ?? item.First(Xhtml, "body") ?? item.FirstIgnoringCase("fullitem", Rss) ?? item.Elements().FirstOrDefault(IsItunesSummary)
            ?? item.First(Media, "description"));
        var published = ChildElements.FirstDate(
            item.FirstIgnoringCase("pubDate", Rss), item.First(Atom, "published"), item.First(Terms, "issued"),
            item.First(Atom, "updated"), item.First(Terms, "modified"), item.First(Dc, "date"));
        guid ??= (string?)item.Attribute(XName.Get("about", FeedNamespaces.Rdf));
        return new FeedEntry(FeedEntryId.Create(link, guid, title, published), title, link, published, summary, guid);
    }

    /// <summary>Podcasts write the iTunes namespace URI in varying case (`DTDs/Podcast`), so it is compared ignoring case.</summary>
    private static bool IsItunesSummary(XElement e) =>
        e.Name.LocalName == "summary" && e.Name.NamespaceName.Equals(Itunes.NamespaceName, StringComparison.OrdinalIgnoreCase);

    private static string? LinkOf(XElement item, string? outerBase, Func<string, bool> rss)
    {
        return RssLinks.Last(item.All("link", rss), outerBase) ?? AtomLinks.AlternateHref(item.Elements(Atom + "link"), outerBase);
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
