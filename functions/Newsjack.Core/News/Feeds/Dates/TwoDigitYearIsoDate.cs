using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>
/// ISO 8601 forms with a two-digit year that feedparser accepts: `031231`, `03-12-31`, `-0312`, `-03-12`
/// (year 2003). The ordinal form `03335` is left out: it cannot be told apart from garbage such as `22013`.
/// </summary>
internal static partial class TwoDigitYearIsoDate
{
    public static DateTimeOffset? Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var g = match.Groups;
        var year = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(g["m"].Value, CultureInfo.InvariantCulture);
        var day = g["d"].Success ? int.Parse(g["d"].Value, CultureInfo.InvariantCulture) : 1;
        return DateParts.Build(year + (year < 70 ? 2000 : 1900), month, day, 0, 0, 0, TimeSpan.Zero);
    }

    [GeneratedRegex(@"^(?:(?<y>\d{2})(?<m>\d{2})(?<d>\d{2})|(?<y>\d{2})-(?<m>\d{2})-(?<d>\d{2})|-(?<y>\d{2})-?(?<m>\d{2}))$")]
    private static partial Regex Shape();
}
