using System.Buffers;
using System.Runtime.CompilerServices;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) and how the repair treats them.</summary>
internal static class ForbiddenCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015"
        + "\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>
    /// Drops control characters XML 1.0 forbids (feeds paste them from word processors) and returns the new length.
    /// A control character next to undecodable bytes (U+FFFD) is binary garbage, not a stray paste: it is kept, so
    /// the XML reader rejects the document with its line and column.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Remove(Span<char> chunk)
    {
        var first = chunk.IndexOfAny(Forbidden);
        if (first < 0)
        {
            return chunk.Length;
        }

        var write = first;
        for (var read = first; read < chunk.Length; read++)
        {
            var c = chunk[read];
            if (!Forbidden.Contains(c) || NearReplacementCharacter(chunk, read))
            {
                chunk[write++] = c;
            }
        }

        return write;
    }

    private static bool NearReplacementCharacter(Span<char> chunk, int index)
    {
        var from = Math.Max(0, index - 8);
        return chunk[from..Math.Min(chunk.Length, index + 8)].Contains('\uFFFD');
    }
}
