using System.Xml;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Namespace prefixes feeds often use without declaring them (`itunes:`, `media:`, `dc:` …). They are pre-declared
/// in the parser context; a declaration in the document still wins. Unknown undeclared prefixes get a placeholder URI.
/// </summary>
internal static class KnownPrefixes
{
    private static readonly Dictionary<string, string> Uris = new(StringComparer.Ordinal)
    {
        ["atom"] = FeedNamespaces.Atom10,
        ["dc"] = FeedNamespaces.DublinCore,
        ["dcterms"] = FeedNamespaces.DublinCoreTerms,
        ["content"] = FeedNamespaces.Content,
        ["rdf"] = FeedNamespaces.Rdf,
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["googleplay"] = "http://www.google.com/schemas/play-podcasts/1.0",
        ["podcast"] = "https://podcastindex.org/namespace/1.0",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["georss"] = "http://www.georss.org/georss",
        ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
        ["feedburner"] = "http://rssnamespace.org/feedburner/ext/1.0",
        ["thr"] = "http://purl.org/syndication/thread/1.0",
        ["xhtml"] = FeedNamespaces.Xhtml,
    };

    public static XmlParserContext CreateContext(IEnumerable<string> extraPrefixes)
    {
        var names = new NameTable();
        var manager = new XmlNamespaceManager(names);
        foreach (var (prefix, uri) in Uris)
        {
            manager.AddNamespace(prefix, uri);
        }

        foreach (var prefix in extraPrefixes)
        {
            manager.AddNamespace(prefix, "urn:x-undeclared-prefix:" + prefix);
        }

        return new XmlParserContext(names, manager, null, XmlSpace.None);
    }
}
