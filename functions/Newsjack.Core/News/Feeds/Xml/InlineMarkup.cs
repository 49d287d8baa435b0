using System.Text;
using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Writes the inline elements of a text element back as markup for <see cref="Text.HtmlText"/>: local names, no
/// attributes (the reduction drops them anyway), text escaped, CDATA kept as CDATA.
/// `XNode.ToString` looks every element's prefix up through all declarations in scope, which is quadratic in a file
/// that declares thousands of namespaces; this is one iterative pass over the nodes.
/// </summary>
internal static class InlineMarkup
{
    public static string Of(XElement element)
    {
        var markup = new StringBuilder();
        var node = element.FirstNode;
        while (node is not null)
        {
            if (node is XElement { FirstNode: { } child } open)
            {
                Name(markup.Append('<'), open).Append('>');
                node = child;
                continue;
            }

            Append(markup, node);
            while (node.NextNode is null && node.Parent is { } parent && parent != element)
            {
                Name(markup.Append("</"), parent).Append('>');
                node = parent;
            }

            node = node.NextNode;
        }

        return markup.ToString();
    }

    /// <summary>
    /// The local name; a namespaced name that does not start with an ASCII letter (`x:_u`) gets a stand-in prefix, as
    /// the reduction only reads such a name as a tag after a colon.
    /// </summary>
    private static StringBuilder Name(StringBuilder markup, XElement element)
    {
        var local = element.Name.LocalName;
        var prefixed = element.Name.Namespace != XNamespace.None && !char.IsAsciiLetter(local[0]);
        return (prefixed ? markup.Append("n:") : markup).Append(local);
    }

    private static void Append(StringBuilder markup, XNode node)
    {
        switch (node)
        {
            case XElement empty:
                Name(Name(markup.Append('<'), empty).Append("></"), empty).Append('>');
                break;
            case XCData cdata:
                markup.Append("<![CDATA[").Append(cdata.Value).Append("]]>");
                break;
            case XText text:
                foreach (var c in text.Value)
                {
                    _ = c switch
                    {
                        '&' => markup.Append("&amp;"),
                        '<' => markup.Append("&lt;"),
                        '>' => markup.Append("&gt;"),
                        _ => markup.Append(c),
                    };
                }

                break;
        }
    }
}
