using System.Text.RegularExpressions;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>Hungarian dates (`2004-július-13T9:15-05:00`): the month name becomes its number, then W3C-DTF rules apply.</summary>
internal static partial class HungarianDate
{
    private static readonly string[] Months =
        ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"];

    public static DateTimeOffset? Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
        if (month == 0)
        {
            return null;
        }

        var hour = match.Groups["hour"].Value.PadLeft(2, '0');
        return W3cDate.Parse($"{match.Groups["year"].Value}-{month:00}-{match.Groups["day"].Value.PadLeft(2, '0')}T{hour}:{match.Groups["rest"].Value}");
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\p{L}+)-(?<day>\d{1,2})T(?<hour>\d{1,2}):(?<rest>.+)$")]
    private static partial Regex Shape();
}
