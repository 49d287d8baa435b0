using Newsjack.Core.News.Feeds.Charsets;
using Newsjack.Core.News.Feeds.Json;
using Newsjack.Core.News.Feeds.Xml;

namespace Newsjack.Core.News.Feeds;

/// <summary>
/// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents, detected by root element or JSON shape.
/// Never throws on bad input: malformed documents give <see cref="FeedParseResult.Ok"/> false with a reason naming
/// line and column. XML is streamed from the bytes (no DTDs, no entity expansion), so large feeds stay linear.
/// </summary>
public static class FeedParser
{
    private static readonly System.Buffers.SearchValues<byte> Blank = System.Buffers.SearchValues.Create(" \t\r\n\f\0"u8);

    public static unsafe FeedParseResult Parse(ReadOnlySpan<byte> content, string? contentType = null)
    {
        var (encoding, bomLength) = FeedEncoding.Detect(content, contentType);
        var body = content[bomLength..];
        var head = encoding.GetString(body[..Math.Min(body.Length, 256)]).TrimStart(" \t\r\n\f\uFEFF\0".ToCharArray());
        if (head.Length == 0 && body.IndexOfAnyExcept(Blank) < 0)
        {
            return FeedParseResult.Failure("empty document: no feed content");
        }

        if (head.StartsWith('{') || head.StartsWith('['))
        {
            return JsonFeedReader.Read(body, encoding);
        }

        fixed (byte* pointer = body)
        {
            var start = pointer;
            var length = body.Length;
            return XmlFeedReader.Read(() => new StreamReader(
                new UnmanagedMemoryStream(start, length), encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 32 * 1024));
        }
    }
}
