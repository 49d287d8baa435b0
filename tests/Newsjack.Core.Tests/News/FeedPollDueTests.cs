using Microsoft.Extensions.Time.Testing;
using Newsjack.Core.News;

namespace Newsjack.Core.Tests.News;

public sealed class FeedPollDueTests
{
    private static readonly FeedSource Feed = new("Wire", new Uri("https://wire.example/rss"), "en", 5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void IsDue_NeverPolled_IsDue() => Assert.True(FeedPollDue.IsDue(Feed, null, null, _time.GetUtcNow()));

    [Fact]
    public void IsDue_PolledRecently_IsNotDueUntilIntervalElapsed()
    {
        var polled = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.False(FeedPollDue.IsDue(Feed, polled, null, _time.GetUtcNow()));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(FeedPollDue.IsDue(Feed, polled, null, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_TimerFiresAFewSecondsEarly_StillDue()
    {
        var polled = _time.GetUtcNow().AddSeconds(2);
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(FeedPollDue.IsDue(Feed, polled, null, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_ScheduledButNotYetPolled_IsNotQueuedAgain()
    {
        var polled = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(5));
        var scheduled = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.False(FeedPollDue.IsDue(Feed, polled, scheduled, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_ScheduledPollLost_IsDueAgainAfterInterval()
    {
        var scheduled = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(FeedPollDue.IsDue(Feed, null, scheduled, _time.GetUtcNow()));
    }
}
