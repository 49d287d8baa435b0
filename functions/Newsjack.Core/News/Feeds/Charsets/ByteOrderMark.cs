using System.Text;

namespace Newsjack.Core.News.Feeds.Charsets;

/// <summary>Detects Unicode encodings from a byte-order mark, or from the byte pattern of a leading `&lt;` without one.</summary>
internal static class ByteOrderMark
{
    public static bool TryDetect(ReadOnlySpan<byte> content, out Encoding encoding, out int length)
    {
        (encoding, length) = content switch
        {
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
            [0xEF, 0xBB, 0xBF, ..] => (FeedEncoding.Utf8, 3),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
            _ => (FeedEncoding.Utf8, 0),
        };
        return length > 0;
    }

    public static bool TryDetectWithoutMark(ReadOnlySpan<byte> content, out Encoding encoding)
    {
        encoding = content switch
        {
            [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(true, false),
            [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(false, false),
            [0x00, 0x3C, 0x00, _, ..] => new UnicodeEncoding(true, false),
            [0x3C, 0x00, _, 0x00, ..] => new UnicodeEncoding(false, false),
            _ => FeedEncoding.Utf8,
        };
        return encoding != FeedEncoding.Utf8;
    }
}
