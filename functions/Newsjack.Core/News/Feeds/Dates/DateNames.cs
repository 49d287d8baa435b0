namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>English month and weekday names, matched on their first three letters (`Jan`, `January`, `Sept`).</summary>
internal static class DateNames
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static int? Month(string token)
    {
        if (token.Length < 3 || !token.All(char.IsAsciiLetter))
        {
            return null;
        }

        var index = Array.IndexOf(Months, token[..3].ToLowerInvariant());
        return index < 0 || !IsNameOrAbbreviation(token, index) ? null : index + 1;
    }

    public static bool IsWeekday(string token) =>
        token.Length >= 3 && token.All(char.IsAsciiLetter) && Weekdays.Contains(token[..3].ToLowerInvariant());

    private static readonly string[] FullMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static bool IsNameOrAbbreviation(string token, int index) =>
        FullMonths[index].StartsWith(token.ToLowerInvariant(), StringComparison.Ordinal);
}
