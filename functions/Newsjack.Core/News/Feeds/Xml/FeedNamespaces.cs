namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Namespace URIs the parser reads elements from.</summary>
internal static class FeedNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DublinCoreTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Namespaces whose elements are RSS core elements (`title`, `link`, `item`…), besides none at all.</summary>
    public static bool IsRss(string ns) =>
        ns.Length == 0 || ns is Rss10 or Rss090 or "http://backend.userland.com/rss2" or "http://blogs.law.harvard.edu/tech/rss"
            or "http://purl.org/net/rss1.1#";

    public static bool IsAtom(string ns) => ns is Atom10 or Atom03;
}
