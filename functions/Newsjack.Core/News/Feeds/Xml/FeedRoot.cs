using System.Xml;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Decides the feed format from the root element (name, namespace, version attribute), not the file name.</summary>
internal static class FeedRoot
{
    public static FeedFormat? Detect(XmlReader root)
    {
        switch (root.LocalName)
        {
            case "rss":
                var version = root.GetAttribute("version")?.Trim() ?? string.Empty;
                return version.StartsWith("0.9", StringComparison.Ordinal) ? FeedFormat.Rss09 : FeedFormat.Rss2;
            case "RDF" when root.NamespaceURI == FeedNamespaces.Rdf || root.NamespaceURI.Length == 0:
                return root.LookupNamespace(string.Empty) == FeedNamespaces.Rss090 ? FeedFormat.Rss09 : FeedFormat.Rss1;
            case "feed" when root.NamespaceURI == FeedNamespaces.Atom03 || root.GetAttribute("version")?.Trim() == "0.3":
                return FeedFormat.Atom03;
            case "feed" when root.NamespaceURI is FeedNamespaces.Atom10 or "":
                return FeedFormat.Atom1;
            case "channel" when root.NamespaceURI.Length == 0 || FeedNamespaces.IsRss(root.NamespaceURI):
                return FeedFormat.Rss09;
            default:
                return null;
        }
    }

    public static bool IsAtom(this FeedFormat format) => format is FeedFormat.Atom1 or FeedFormat.Atom03;
}
