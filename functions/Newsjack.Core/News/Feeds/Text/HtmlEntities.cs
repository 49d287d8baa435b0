using System.Globalization;
using System.Text;

namespace Newsjack.Core.News.Feeds.Text;

/// <summary>Looks up HTML named character references (`nbsp` → U+00A0, `mdash` → U+2014, …), case-sensitive as in HTML.</summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Table = Load();

    /// <summary>The longest name in the table; lets scanners stop looking for a `;` early.</summary>
    public const int MaxNameLength = 32;

    public static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByName { get; } =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(2200, StringComparer.Ordinal);
        foreach (var pair in HtmlEntityData.Pairs.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var value = new StringBuilder(2);
            foreach (var hex in pair[(eq + 1)..].Split('+'))
            {
                value.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[pair[..eq]] = value.ToString();
        }

        // HTML4 (and feedparser) meant the angle brackets U+2329/U+232A; HTML5 later moved them.
        table["lang"] = "\u2329";
        table["rang"] = "\u232A";

        return table;
    }
}
