using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class BuzzRetentionTests
{
    [Fact]
    public void ExpiredHours_StartWithTheNewestHourWhollyOlderThanTheTtl()
    {
        var hours = BuzzRetention.ExpiredHours(BuzzEvents.Now, BuzzRetention.PostTtl);

        Assert.Equal("2026112009", hours[0]);
        Assert.Equal(48, hours.Count);
        Assert.Equal("2026111810", hours[^1]);
    }

    [Fact]
    public void IsStale_AgreesWithExpiredHours()
    {
        var newestExpired = new DateTimeOffset(2026, 11, 20, 9, 59, 59, TimeSpan.Zero);

        Assert.True(BuzzRetention.IsStale(newestExpired, BuzzEvents.Now));
        Assert.False(BuzzRetention.IsStale(newestExpired.AddSeconds(1), BuzzEvents.Now));
        Assert.Contains(BuzzKeys.Hour(newestExpired), BuzzRetention.ExpiredHours(BuzzEvents.Now, BuzzRetention.PostTtl));
    }

    [Fact]
    public void ExpiredDays_StartWithTheNewestDayWhollyOlderThanTheTtl()
    {
        var days = BuzzRetention.ExpiredDays(BuzzEvents.Now, BuzzRetention.DeadLetterTtl);

        Assert.Equal(["20261108", "20261107", "20261106"], days);
    }
}
