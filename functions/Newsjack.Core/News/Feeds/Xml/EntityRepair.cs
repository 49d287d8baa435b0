using System.Globalization;
using System.Text;
using Newsjack.Core.News.Feeds.Text;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Rewrites one `&amp;…` occurrence so a DTD-less XML reader accepts it and the text means what the author meant:
/// XML's own five entities and valid numeric references stay, HTML names become numeric references, C1 numbers
/// become their windows-1252 characters, and anything else is escaped as a literal ampersand.
/// Never expands a DTD entity, so entity bombs and external entities stay inert text.
/// </summary>
internal sealed class EntityRepair
{
    private readonly StringBuilder _builder = new(32);

    /// <summary>Returns how many characters of <paramref name="text"/> (starting at `&amp;`) were consumed.</summary>
    public int Repair(ReadOnlySpan<char> text, out ReadOnlySpan<char> replacement)
    {
        var semi = text[..Math.Min(text.Length, HtmlEntities.MaxNameLength + 2)].IndexOf(';');
        if (semi >= 2)
        {
            var body = text[1..semi];
            if (body.StartsWith("#X") && IsSafeNumber(body[1..]))
            {
                // XML only knows a lower-case x in hexadecimal references.
                replacement = string.Concat("&#x", body[2..], ";");
                return semi + 1;
            }

            if (body[0] == '#' ? IsSafeNumber(body[1..]) : body is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                replacement = text[..(semi + 1)];
                return semi + 1;
            }

            if (EntityDecoder.TryDecodeAt(text, out var decoded, out var length) && IsWellFormedName(body))
            {
                replacement = ToReferences(decoded);
                return length;
            }
        }

        replacement = "&amp;";
        return 1;
    }

    private static bool IsWellFormedName(ReadOnlySpan<char> body) =>
        body[0] == '#' || (char.IsAsciiLetter(body[0]) && !body.ContainsAnyExcept(AsciiLettersAndDigits));

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>A numeric reference XML accepts as is (not a C1 control, which feeds mean as windows-1252).</summary>
    private static bool IsSafeNumber(ReadOnlySpan<char> digits)
    {
        var hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        var number = hex ? digits[1..] : digits;
        return number.Length is > 0 and <= 7
            && int.TryParse(number, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && (code is 0x9 or 0xA or 0xD or (>= 0x20 and < 0x80) or (> 0x9F and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF));
    }

    private ReadOnlySpan<char> ToReferences(string decoded)
    {
        _builder.Clear();
        foreach (var rune in decoded.EnumerateRunes())
        {
            _builder.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
        }

        return _builder.ToString();
    }
}
