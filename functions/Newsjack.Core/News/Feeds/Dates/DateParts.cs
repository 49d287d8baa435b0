namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>Builds a date from parsed fields, returning null for impossible ones (month 13, 31 June, hour 25).</summary>
internal static class DateParts
{
    public static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60)
        {
            return null;
        }

        // 24:00 and leap second 60 roll over rather than fail.
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(second);
        var utc = local - offset;
        return utc.Year is < 1 or > 9999 ? null : new DateTimeOffset(utc, TimeSpan.Zero);
    }
}
