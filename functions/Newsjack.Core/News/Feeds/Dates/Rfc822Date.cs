using System.Globalization;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>
/// RFC 822 / 1123 dates and the variants real feeds produce: missing or wrong weekday, 2-digit years, full month
/// names, single-digit days, extra commas, missing seconds, time or zone (UTC), named and military zones, and the
/// asctime order (`Sun Jan  4 16:29:06 2004`, `Sun Jul 15 01:16:00 +0000 2012`). Tokens are classified, not positional.
/// </summary>
internal static class Rfc822Date
{
    public static DateTimeOffset? Parse(string text)
    {
        var tokens = text.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? day = null, month = null, year = null;
        (int H, int M, int S)? time = null;
        TimeSpan? zone = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimEnd('.');
            if (i == 0 && DateNames.IsWeekday(token))
            {
                continue;
            }

            if (month is null && DateNames.Month(token) is { } m)
            {
                month = m;
            }
            else if (token.Contains(':', StringComparison.Ordinal) && time is null && char.IsAsciiDigit(token[0]))
            {
                time = ParseTime(token, out var trailingZone);
                if (time is null || (trailingZone is not null && (zone = TimeZoneOffsets.FromNumeric(trailingZone)) is null))
                {
                    return null;
                }
            }
            else if (token.All(char.IsAsciiDigit) && token.Length is >= 1 and <= 4)
            {
                var value = int.Parse(token, CultureInfo.InvariantCulture);
                if (day is null && token.Length <= 2 && (year is not null || month is not null || i < tokens.Length - 1))
                {
                    day = value;
                }
                else if (year is null)
                {
                    year = token.Length <= 2 ? value + (value < 70 ? 2000 : 1900) : value;
                }
                else
                {
                    return null;
                }
            }
            else if (zone is null && time is not null && (token[0] is '+' or '-' ? TimeZoneOffsets.FromNumeric(token) : TimeZoneOffsets.FromName(token)) is { } z)
            {
                zone = z;
            }
            else
            {
                return null;
            }
        }

        if (day is null || month is null || year is null)
        {
            return null;
        }

        var (h, mi, s) = time ?? (0, 0, 0);
        return DateParts.Build(year.Value, month.Value, day.Value, h, mi, s, zone ?? TimeSpan.Zero);
    }

    /// <summary>`hh:mm`, `hh:mm:ss`, optionally glued to a numeric zone (`10:00:00+02:00`).</summary>
    private static (int, int, int)? ParseTime(string token, out string? zone)
    {
        zone = null;
        var sign = token.IndexOfAny(['+', '-'], 1);
        if (sign > 0)
        {
            zone = token[sign..];
            token = token[..sign];
        }

        var parts = token.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 2 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1], numbers.Length == 3 ? numbers[2] : 0);
    }
}
