using System.Globalization;
using System.Text;

namespace Newsjack.Core.News.Feeds.Text;

/// <summary>
/// Decodes HTML character references once (`&amp;amp;lt;` becomes `&amp;lt;`, not `&lt;`): named, decimal and hex, with the
/// browser mapping of C1 code points to windows-1252. Anything that is not a reference stays as written.
/// </summary>
internal static class EntityDecoder
{
    public static string Decode(string text)
    {
        var amp = text.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, amp);
        var i = amp;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&' && TryDecodeAt(text.AsSpan(i), out var decoded, out var length))
            {
                builder.Append(decoded);
                i += length;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString();
    }

    /// <summary>Decodes the reference at the start of <paramref name="text"/> (which begins with `&amp;`).</summary>
    public static bool TryDecodeAt(ReadOnlySpan<char> text, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var semi = text[..Math.Min(text.Length, HtmlEntities.MaxNameLength + 2)].IndexOf(';');
        if (semi < 2)
        {
            return false;
        }

        var body = text[1..semi];
        length = semi + 1;
        if (body[0] == '#')
        {
            return TryDecodeNumber(body[1..], out decoded);
        }

        if (HtmlEntities.ByName.TryGetValue(body, out var value))
        {
            decoded = value;
            return true;
        }

        return false;
    }

    private static bool TryDecodeNumber(ReadOnlySpan<char> digits, out string decoded)
    {
        decoded = string.Empty;
        var hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        var number = hex ? digits[1..] : digits;
        if (number.IsEmpty || number.Length > 8
            || !int.TryParse(number, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        decoded = CodePoint(code);
        return true;
    }

    private static string CodePoint(int code)
    {
        if (code is >= 0x80 and <= 0x9F)
        {
            // Browsers (and feedparser) read C1 references as windows-1252, where 150 is an en dash.
            return Windows1252.Decode((byte)code);
        }

        return code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(code);
    }
}
