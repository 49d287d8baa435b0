namespace Newsjack.Core.Buzz;

/// <summary>
/// How long buzz data lives, and which hour/day buckets are expired at a given time. A bucket expires as a
/// whole once its END is older than the time-to-live, so ingestion (which refuses stale posts) and cleanup
/// (which deletes expired buckets) never touch the same bucket.
/// </summary>
public static class BuzzRetention
{
    public static readonly TimeSpan PostTtl = TimeSpan.FromHours(72);
    public static readonly TimeSpan AggregateTtl = TimeSpan.FromDays(30);
    public static readonly TimeSpan DeadLetterTtl = TimeSpan.FromDays(14);

    /// <summary>How far back past the boundary each cleanup run looks, so missed runs (host down) catch up.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(2);

    /// <summary>True when the post's hour bucket is already past the post time-to-live at <paramref name="now"/>.</summary>
    public static bool IsStale(DateTimeOffset createdAt, DateTimeOffset now) =>
        HourStart(createdAt).AddHours(1) <= now - PostTtl;

    /// <summary>Hour buckets (`yyyyMMddHH`) whose end is older than <paramref name="ttl"/>, within the lookback.</summary>
    public static IReadOnlyList<string> ExpiredHours(DateTimeOffset now, TimeSpan ttl)
    {
        var newest = HourStart(now - ttl).AddHours(-1);
        var buckets = new List<string>();
        for (var hour = newest; hour > newest - Lookback; hour = hour.AddHours(-1))
        {
            buckets.Add(BuzzKeys.Hour(hour));
        }

        return buckets;
    }

    /// <summary>Day buckets (`yyyyMMdd`) whose end is older than <paramref name="ttl"/>, within the lookback.</summary>
    public static IReadOnlyList<string> ExpiredDays(DateTimeOffset now, TimeSpan ttl)
    {
        var cutoff = now - ttl;
        var newest = new DateTimeOffset(cutoff.UtcDateTime.Date, TimeSpan.Zero).AddDays(-1);
        var buckets = new List<string>();
        for (var day = newest; day > newest - Lookback - TimeSpan.FromDays(1); day = day.AddDays(-1))
        {
            buckets.Add(BuzzKeys.Day(day));
        }

        return buckets;
    }

    private static DateTimeOffset HourStart(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
