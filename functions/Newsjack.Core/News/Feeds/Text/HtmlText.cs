using System.Runtime.CompilerServices;
using System.Text;

namespace Newsjack.Core.News.Feeds.Text;

/// <summary>
/// Reduces HTML to plain text: tags removed (block tags become a space), script/style/comments dropped with their
/// content, character references decoded exactly once, whitespace collapsed. Tolerant of broken markup.
/// </summary>
internal static class HtmlText
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? ToPlainText(string? html)
    {
        if (html is null)
        {
            return null;
        }

        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return PlainText.Collapse(html);
        }

        var output = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && HtmlTag.TryRead(html, i, out var tag))
            {
                i = tag.End;
                if (tag.IsRawTextStart)
                {
                    i = HtmlTag.SkipRawText(html, i, tag.Name);
                }

                if (tag.CData is { } cdata)
                {
                    // CDATA inside HTML is still markup to the browser that shows it: reduce it the same way.
                    output.Append(' ').Append(ToPlainText(cdata)).Append(' ');
                }
                else if (tag.IsBlock)
                {
                    output.Append(' ');
                }

                continue;
            }

            if (c == '&' && EntityDecoder.TryDecodeAt(html.AsSpan(i), out var decoded, out var length))
            {
                output.Append(decoded);
                i += length;
                continue;
            }

            output.Append(c);
            i++;
        }

        return PlainText.Collapse(output.ToString());
    }
}
