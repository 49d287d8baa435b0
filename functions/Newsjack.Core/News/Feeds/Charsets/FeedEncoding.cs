using System.Text;

namespace Newsjack.Core.News.Feeds.Charsets;

/// <summary>
/// Chooses the character encoding of a feed document, in this order: byte-order mark; the HTTP charset parameter
/// (it overrides the XML declaration, as RFC 3023 and feedparser rule for both text/xml and application/xml);
/// UTF-16/32 byte patterns of `&lt;?`; the XML declaration; else UTF-8, or windows-1252 when the bytes are not UTF-8.
/// Unknown names fall back the same way; decoding never throws (bad bytes become U+FFFD).
/// </summary>
internal static class FeedEncoding
{
    static FeedEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> content, string? contentType)
    {
        if (ByteOrderMark.TryDetect(content, out var bomEncoding, out var bomLength))
        {
            return (bomEncoding, bomLength);
        }

        if (Lookup(CharsetParameter.From(contentType)) is { } http && !IsUnicodeWide(http))
        {
            return (http, 0);
        }

        if (ByteOrderMark.TryDetectWithoutMark(content, out var wide))
        {
            return (wide, 0);
        }

        if (Lookup(XmlDeclaration.EncodingName(content)) is { } declared && !IsUnicodeWide(declared))
        {
            return (declared, 0);
        }

        return (System.Text.Unicode.Utf8.IsValid(content) ? Utf8 : Lookup("windows-1252")!, 0);
    }

    public static Encoding Utf8 { get; } = new UTF8Encoding(false, false);

    /// <summary>A declared UTF-16/32 without a BOM or the matching byte pattern is a lie: the bytes are 8-bit.</summary>
    private static bool IsUnicodeWide(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    public static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var normalized = EncodingAliases.Resolve(name.Trim().Trim('"', '\'').ToLowerInvariant());
        try
        {
            var encoding = Encoding.GetEncoding(normalized);
            return encoding.CodePage == 65001 ? Utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
