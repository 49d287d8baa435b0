using System.Xml.Linq;
using Newsjack.Core.News.Feeds.Text;

namespace Newsjack.Core.News.Feeds.Xml;

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
        if (mode == "base64" || IsBinaryMediaType(type))
        {
            return FromBase64(element.Value, type?.Contains("html", StringComparison.Ordinal) == true);
        }

        if (element.HasElements)
        {
            // Declared html that arrives as inline elements (TypePad's `<div>` wrapper): its text is the escaped HTML.
            return HtmlText.ToPlainText(type is "html" or "text/html" ? element.Value : InlineMarkup.Of(element));
        }

        return html ? HtmlText.ToPlainText(element.Value) : PlainText.Collapse(element.Value);
    }

    /// <summary>
    /// Atom 1.0 base64-encodes binary media types (RFC 4287 4.1.3.3). Only types that are certainly binary are
    /// decoded: an unknown `application/x-…` type is usually text mislabelled, as gofeed also assumes.
    /// </summary>
    private static bool IsBinaryMediaType(string? type) =>
        type is "application/octet-stream"
        || (type is not null && (type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal)
            || type.StartsWith("video/", StringComparison.Ordinal)));

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
