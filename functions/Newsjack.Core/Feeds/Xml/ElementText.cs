using System.Xml.Linq;
using Newsjack.Core.Feeds.Text;

namespace Newsjack.Core.Feeds.Xml;

/// <summary>
/// Turns a text element into plain text according to its declared type: Atom `type="text"` (and `text/plain`) is
/// literal, `html` is unescaped once and reduced to text, `xhtml` (or any inline child elements) is markup reduced
/// to text. RSS elements are HTML by definition; Atom elements default to text; Atom 0.3 `mode="base64"` is decoded.
/// </summary>
internal static class ElementText
{
    public static string? Html(XElement? element) => Of(element, htmlByDefault: true);

    public static string? Atom(XElement? element) => Of(element, htmlByDefault: false);

    private static string? Of(XElement? element, bool htmlByDefault)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        var html = type switch
        {
            "text" or "text/plain" => false,
            "html" or "text/html" or "escaped" => true,
            null or "" => mode == "escaped" || htmlByDefault,
            _ => true,
        };
        if (mode == "base64")
        {
            return FromBase64(element.Value, html);
        }

        if (element.HasElements)
        {
            return HtmlText.ToPlainText(InnerMarkup(element));
        }

        return html ? HtmlText.ToPlainText(element.Value) : PlainText.Collapse(element.Value);
    }

    private static string InnerMarkup(XElement element) =>
        string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));

    private static string? FromBase64(string value, bool html)
    {
        var bytes = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), bytes, out var length))
        {
            return PlainText.Collapse(value);
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes, 0, length);
        return html ? HtmlText.ToPlainText(text) : PlainText.Collapse(text);
    }
}
