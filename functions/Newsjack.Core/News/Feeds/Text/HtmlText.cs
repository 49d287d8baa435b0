using System.Runtime.CompilerServices;
using System.Text;

namespace Newsjack.Core.News.Feeds.Text;

/// <summary>
/// Reduces HTML to plain text: tags removed (block tags become a space), script/style/comments dropped with their
/// content, character references decoded exactly once, whitespace collapsed. Tolerant of broken markup, and linear
/// in its input: one pass, with no nested call or copy for CDATA sections (a run of openers sharing one closer made
/// that quadratic).
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
        var end = html.Length;
        var resume = -1;
        var i = 0;
        while (true)
        {
            var region = html.AsSpan(0, end);
            while (i < end)
            {
                var c = html[i];
                if (c == '<' && resume >= 0 && region[i..].StartsWith("<![CDATA["))
                {
                    // An opener inside a CDATA section: the section has no closer before its own, so this one ends
                    // there too. Looking for its closer again would read to the end once per opener.
                    output.Append(' ');
                    i += 9;
                    continue;
                }

                if (c == '<' && HtmlTag.TryRead(region, i, out var tag))
                {
                    if (tag.CData is { } content)
                    {
                        // CDATA inside HTML is still markup to the browser that shows it: its content is reduced the
                        // same way, in place. Openers inside it share its one closer, so one region covers them all.
                        output.Append(' ');
                        if (resume < 0)
                        {
                            resume = tag.End;
                            end = content.End.Value;
                            region = html.AsSpan(0, end);
                        }

                        i = content.Start.Value;
                        continue;
                    }

                    i = tag.IsRawTextStart ? HtmlTag.SkipRawText(region, tag.End, tag.Name) : tag.End;
                    if (tag.IsBlock)
                    {
                        output.Append(' ');
                    }

                    continue;
                }

                if (c == '&' && EntityDecoder.TryDecodeAt(region[i..], out var decoded, out var length))
                {
                    output.Append(decoded);
                    i += length;
                    continue;
                }

                output.Append(c);
                i++;
            }

            if (resume < 0)
            {
                break;
            }

            output.Append(' ');
            (i, end, resume) = (resume, html.Length, -1);
        }

        return PlainText.Collapse(output.ToString());
    }
}
