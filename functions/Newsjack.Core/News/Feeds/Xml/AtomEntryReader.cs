using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Reads one Atom 1.0 or 0.3 `entry`. Link: the alternate `link` (xml:base resolved). Date: `published` (0.3: `issued`,
/// `created`), else `updated` (0.3: `modified`), else `dc:date`. Summary: `summary`, else `content`.
/// </summary>
internal static class AtomEntryReader
{
    private static readonly XNamespace Dc = FeedNamespaces.DublinCore;

    public static FeedEntry Read(XElement entry, string? outerBase)
    {
        var ns = entry.Name.NamespaceName;
        bool Atom(string n) => n == ns || FeedNamespaces.IsAtom(n);
        var title = ElementText.Atom(entry.First("title", Atom));
        var link = AtomLinks.AlternateHref(entry.All("link", Atom), outerBase);
        var id = entry.First("id", Atom)?.Value.Trim() is { Length: > 0 } i ? i : null;
        var summary = ElementText.Atom(entry.First("summary", Atom) ?? ContentOf(entry, Atom));
        var published = ChildElements.FirstDate(
            entry.First("published", Atom), entry.First("issued", Atom), entry.First("created", Atom),
            entry.First("updated", Atom), entry.First("modified", Atom), entry.First(Dc, "date"));
        return new FeedEntry(FeedEntryId.Create(link, id, title, published), title, link, published, summary, id);
    }

    /// <summary>Inline content only; `content src="…"` points elsewhere and has no text to show.</summary>
    private static XElement? ContentOf(XElement entry, Func<string, bool> atom) =>
        entry.All("content", atom).FirstOrDefault(c => c.Attribute("src") is null);
}
