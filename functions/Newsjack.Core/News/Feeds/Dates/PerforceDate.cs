using System.Text.RegularExpressions;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>Perforce dates (`Fri, 2006/09/15 08:19:53 EDT`), rewritten to RFC 822 order.</summary>
internal static partial class PerforceDate
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static DateTimeOffset? Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["mo"].Value, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        var g = match.Groups;
        return Rfc822Date.Parse($"{g["d"].Value} {Months[month - 1]} {g["y"].Value} {g["rest"].Value}");
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},? )?(?<y>\d{4})/(?<mo>\d{1,2})/(?<d>\d{1,2}) (?<rest>.+)$")]
    private static partial Regex Shape();
}
