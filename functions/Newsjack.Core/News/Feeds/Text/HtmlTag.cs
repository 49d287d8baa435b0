using System.Runtime.CompilerServices;

namespace Newsjack.Core.News.Feeds.Text;

/// <summary>
/// One markup construct found by <see cref="HtmlText"/>: a start/end tag, comment, declaration or CDATA section (with
/// the range of its content). Every search stays inside the text it is given, so the caller bounds the work.
/// </summary>
internal readonly record struct HtmlTag(string Name, int End, bool IsClosing, Range? CData)
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "img", "iframe", "video", "audio", "object", "embed", "form",
    };

    private static readonly HashSet<string> RawTextNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "textarea", "xmp", "noembed", "noframes",
    };

    public bool IsBlock => BlockNames.Contains(Name);

    public bool IsRawTextStart => !IsClosing && RawTextNames.Contains(Name);

    /// <summary>Reads the construct starting at <paramref name="start"/> (a `&lt;`); false when it is a literal `&lt;`.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryRead(ReadOnlySpan<char> html, int start, out HtmlTag tag)
    {
        tag = default;
        if (start + 1 >= html.Length)
        {
            return false;
        }

        var next = html[start + 1];
        if (next == '!')
        {
            return TryReadMarkupDeclaration(html, start, out tag);
        }

        if (next == '?')
        {
            tag = new HtmlTag("?", EndOf(html, start), false, null);
            return true;
        }

        var closing = next == '/';
        var nameStart = start + (closing ? 2 : 1);
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            return false;
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-' or '_'))
        {
            nameEnd++;
        }

        var name = html[nameStart..nameEnd];
        var colon = name.IndexOf(':');
        tag = new HtmlTag((colon >= 0 ? name[(colon + 1)..] : name).ToString(), EndOfTag(html, nameEnd), closing, null);
        return true;
    }

    /// <summary>Skips the content of script/style-like elements up to and including their end tag.</summary>
    public static int SkipRawText(ReadOnlySpan<char> html, int from, string name)
    {
        var end = html[from..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : EndOf(html, from + end);
    }

    private static bool TryReadMarkupDeclaration(ReadOnlySpan<char> html, int start, out HtmlTag tag)
    {
        var rest = html[start..];
        if (rest.StartsWith("<!--"))
        {
            var close = rest[4..].IndexOf("-->");
            tag = new HtmlTag("!--", close < 0 ? html.Length : start + 4 + close + 3, false, null);
            return true;
        }

        if (rest.StartsWith("<![CDATA["))
        {
            var close = rest[9..].IndexOf("]]>");
            var end = close < 0 ? html.Length : start + 9 + close;
            tag = new HtmlTag("![CDATA[", close < 0 ? html.Length : end + 3, false, (start + 9)..end);
            return true;
        }

        if (start + 2 < html.Length && char.IsAsciiLetter(html[start + 2]))
        {
            tag = new HtmlTag("!", EndOf(html, start), false, null);
            return true;
        }

        tag = default;
        return false;
    }

    /// <summary>The index after the tag's `&gt;`, skipping `&gt;` inside quoted attribute values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int EndOfTag(ReadOnlySpan<char> html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '"' or '\'' && afterEquals)
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }

            afterEquals = c == '=' || (afterEquals && char.IsWhiteSpace(c));
        }

        return html.Length;
    }

    /// <summary>The index after the first `&gt;` from <paramref name="from"/>, or the end of the text.</summary>
    private static int EndOf(ReadOnlySpan<char> html, int from)
    {
        var gt = html[from..].IndexOf('>');
        return gt < 0 ? html.Length : from + gt + 1;
    }
}
