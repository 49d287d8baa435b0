using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>W3C-DTF and the ISO 8601 shapes feeds use: `2003`, `2003-12`, `2003-12-31`, with `T` or a space, minutes,
/// optional seconds and fraction, zone `Z` / `±hh:mm` / `±hhmm` / none (UTC); also the basic form `20031231T101455Z`.</summary>
internal static partial class W3cDate
{
    public static DateTimeOffset? Parse(string text)
    {
        var match = Extended().Match(text);
        if (!match.Success)
        {
            match = Basic().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var g = match.Groups;
        var offset = TimeZoneOffsets.FromNumeric(g["z"].Value);
        if (offset is null)
        {
            return null;
        }

        return DateParts.Build(
            Number(g["y"]), Number(g["mo"], 1), Number(g["d"], 1),
            Number(g["h"]), Number(g["mi"]), Number(g["s"]), offset.Value);
    }

    private static int Number(Group group, int fallback = 0) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<mo>\d{1,3})(?:-(?<d>\d{1,2})(?:(?:T|\s)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s?(?<z>Z|z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$")]
    private static partial Regex Extended();

    [GeneratedRegex(@"^(?<y>\d{4})(?<mo>\d{2})(?<d>\d{2})(?:T(?<h>\d{2})(?<mi>\d{2})(?<s>\d{2})?(?:[.,]\d+)?(?<z>Z|[+-]\d{2}(?::?\d{2})?)?)?$")]
    private static partial Regex Basic();
}
