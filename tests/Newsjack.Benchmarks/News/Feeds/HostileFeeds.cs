using System.Globalization;
using System.Text;

namespace Newsjack.Benchmarks.News.Feeds;

/// <summary>
/// Builds RSS 2.0 feeds whose one item carries a <see cref="HostileShape"/> at a scale (1 = about 15–100 KB), and a
/// feed of a given size made of items with every shape, to show parse time grows linearly with the input.
/// </summary>
public static class HostileFeeds
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Hostile</title><link>https://hostile.example/</link>\n";

    public static byte[] Build(HostileShape shape, int scale)
    {
        var builder = new StringBuilder(Head);
        AppendItem(builder, shape, scale, 0);
        return Encoding.UTF8.GetBytes(builder.Append("</channel></rss>").ToString());
    }

    /// <summary>Items cycling through every shape at <paramref name="scale"/> until the feed reaches <paramref name="bytes"/>.</summary>
    public static byte[] Mixed(int bytes, int scale)
    {
        var builder = new StringBuilder(Head, bytes + (1024 * 1024));
        var shapes = Enum.GetValues<HostileShape>();
        for (var i = 0; builder.Length < bytes; i++)
        {
            AppendItem(builder, shapes[i % shapes.Length], scale, i);
        }

        return Encoding.UTF8.GetBytes(builder.Append("</channel></rss>").ToString());
    }

    private static void AppendItem(StringBuilder builder, HostileShape shape, int scale, int index)
    {
        builder.Append(CultureInfo.InvariantCulture, $"<item><title>{shape} {index}</title><link>https://hostile.example/{index}</link><description>");
        switch (shape)
        {
            case HostileShape.DeepNesting:
                Repeat(builder, "<a>", 6_250 * scale).Append("deep");
                Repeat(builder, "</a>", 6_250 * scale);
                break;
            case HostileShape.UnclosedTags:
                Repeat(builder, "<b>", 6_250 * scale).Append("unclosed");
                break;
            case HostileShape.StrayEndTags:
                Repeat(builder, "<b>", 6_250 * scale);
                Repeat(builder, "x</i>", 6_250 * scale);
                break;
            case HostileShape.MismatchedEndTags:
                Repeat(builder, "<i>a<b>b</i>c<b>d</u></b>", 2_500 * scale);
                break;
            case HostileShape.Entities:
                Repeat(builder, "&nbsp;&copy;&#150;&#X41;&bogus;&amp;&mdash;&#x1F600;", 2_500 * scale);
                break;
            case HostileShape.StrayMarkup:
                Repeat(builder, "a & b < c &#; d &x ", 5_000 * scale);
                break;
            case HostileShape.CData:
                Repeat(builder, "<![CDATA[<p>Council &amp; <b>plan</b></p>]]>", 2_500 * scale);
                break;
            case HostileShape.NestedEscapedCData:
                Repeat(builder, "&lt;![CDATA[", 1_250 * scale).Append("x]]&gt;");
                break;
            case HostileShape.NamespaceDeclarations:
                builder.Append("<p ");
                for (var i = 0; i < 1_250 * scale; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"xmlns:p{i}=\"urn:p{i}\" ");
                }

                builder.Append('>');
                for (var i = 0; i < 1_250 * scale; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"<p{i}:q>{i}</p{i}:q>");
                }

                builder.Append("</p>");
                break;
        }

        builder.Append("</description></item>\n");
    }

    private static StringBuilder Repeat(StringBuilder builder, string text, int count) => builder.Insert(builder.Length, text, count);
}
