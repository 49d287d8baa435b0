using System.Xml;
using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Walks the feed's top levels with the streaming reader (root, channel), reads each entry as one small XElement,
/// and tracks xml:base on the way down so relative links resolve against the right base.
/// </summary>
internal sealed class FeedWalker(XmlReader reader, FeedBuilder builder)
{
    private string _rootNamespace = string.Empty;

    public void WalkRoot()
    {
        _rootNamespace = reader.NamespaceURI;
        var rootBase = XmlBase.Resolve(null, reader.GetAttribute("base", FeedNamespaces.Xml));
        if (builder.Format.IsAtom())
        {
            WalkChildren(rootBase, AtomChild);
        }
        else if (reader.LocalName == "channel")
        {
            WalkChildren(rootBase, ChannelChild);
        }
        else
        {
            WalkChildren(rootBase, RssRootChild);
        }
    }

    private void WalkChildren(string? baseUri, Action<string?> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                onChild(baseUri);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }

    private void RssRootChild(string? baseUri)
    {
        if (reader.LocalName == "channel" && FeedNamespaces.IsRss(reader.NamespaceURI))
        {
            WalkChildren(XmlBase.Resolve(baseUri, reader.GetAttribute("base", FeedNamespaces.Xml)) ?? baseUri, ChannelChild);
            return;
        }

        ChannelChild(baseUri);
    }

    private void ChannelChild(string? baseUri)
    {
        var ns = reader.NamespaceURI;
        var rss = FeedNamespaces.IsRss(ns) || ns == _rootNamespace;
        switch (rss ? reader.LocalName.ToLowerInvariant() : reader.LocalName)
        {
            case "item" when rss:
                builder.Add(RssItemReader.Read(ReadElement(), baseUri));
                break;
            case "title" when rss:
                builder.SetTitle(ElementText.Html(ReadElement()));
                break;
            case "link" when rss:
                builder.SetLink(RssLinks.Href(ReadElement(), baseUri));
                break;
            case "title" when ns == FeedNamespaces.DublinCore:
                builder.FallbackTitle ??= ElementText.Html(ReadElement());
                break;
            case "link" when ns == FeedNamespaces.Atom10:
                builder.FallbackLink ??= AtomLinks.AlternateHref([ReadElement()], baseUri);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private void AtomChild(string? baseUri)
    {
        var atom = reader.NamespaceURI == _rootNamespace || FeedNamespaces.IsAtom(reader.NamespaceURI);
        switch (reader.LocalName)
        {
            case "entry" when atom:
                builder.Add(AtomEntryReader.Read(ReadElement(), baseUri));
                break;
            case "title" when atom:
                builder.SetTitle(ElementText.Atom(ReadElement()));
                break;
            case "link" when atom:
                builder.SetFirstLink(AtomLinks.AlternateHref([ReadElement()], baseUri));
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private XElement ReadElement() => (XElement)XNode.ReadFrom(reader);
}
