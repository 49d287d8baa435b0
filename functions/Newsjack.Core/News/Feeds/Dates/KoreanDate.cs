using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>Korean blog dates in Korea Standard Time: OnBlog `2004년 05월 28일 01:31:15` and Nate `2004-05-25 오후 11:23:17`.</summary>
internal static partial class KoreanDate
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static DateTimeOffset? Parse(string text)
    {
        var match = OnBlog().Match(text);
        if (!match.Success)
        {
            match = Nate().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var g = match.Groups;
        var hour = N(g["h"]);
        if (g["ampm"].Success)
        {
            hour = (hour % 12) + (g["ampm"].Value == "오후" ? 12 : 0);
        }

        return DateParts.Build(N(g["y"]), N(g["mo"]), N(g["d"]), hour, N(g["mi"]), N(g["s"]), Kst);
    }

    private static int N(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})년 (?<mo>\d{1,2})월 (?<d>\d{1,2})일 (?<h>\d{1,2}):(?<mi>\d{2}):(?<s>\d{2})$")]
    private static partial Regex OnBlog();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2}) (?<ampm>오전|오후) (?<h>\d{1,2}):(?<mi>\d{2}):(?<s>\d{2})$")]
    private static partial Regex Nate();
}
