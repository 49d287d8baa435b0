using System.Text.RegularExpressions;

namespace Newsjack.Core.News.Feeds.Charsets;

/// <summary>Reads the encoding named in the XML declaration (`&lt;?xml version="1.0" encoding="…"?&gt;`) from the first bytes.</summary>
internal static partial class XmlDeclaration
{
    public static string? EncodingName(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 512)];
        var text = System.Text.Encoding.Latin1.GetString(head).TrimStart();
        if (!text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("?>", StringComparison.Ordinal);
        var match = EncodingAttribute().Match(end < 0 ? text : text[..end]);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex EncodingAttribute();
}
