using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Finds an entry's child elements by local name within a set of namespaces.</summary>
internal static class ChildElements
{
    public static XElement? First(this XElement parent, string localName, Func<string, bool> inNamespace) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && inNamespace(e.Name.NamespaceName));

    /// <summary>RSS names are matched case-insensitively (`pubdate`, `TiTlE`), as feed readers and iTunes do.</summary>
    public static XElement? FirstIgnoringCase(this XElement parent, string localName, Func<string, bool> inNamespace) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase) && inNamespace(e.Name.NamespaceName));

    public static XElement? First(this XElement parent, XNamespace ns, string localName) => parent.Element(ns + localName);

    public static IEnumerable<XElement> All(this XElement parent, string localName, Func<string, bool> inNamespace) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && inNamespace(e.Name.NamespaceName));

    /// <summary>The first of <paramref name="candidates"/> whose text parses as a date.</summary>
    public static DateTimeOffset? FirstDate(params XElement?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && Dates.FeedDate.Parse(candidate.Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
