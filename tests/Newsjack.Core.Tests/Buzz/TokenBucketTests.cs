using Microsoft.Extensions.Time.Testing;
using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class TokenBucketTests
{
    [Fact]
    public async Task TakeAsync_WithinCapacity_DoesNotWait()
    {
        var bucket = new TokenBucket(10, 10, new FakeTimeProvider());

        await bucket.TakeAsync(10, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task TakeAsync_OverCapacity_WaitsUntilTheRateAllowsIt()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(10, 10, time);
        await bucket.TakeAsync(10, TestContext.Current.CancellationToken);

        var next = bucket.TakeAsync(10, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await next;
    }

    [Fact]
    public async Task TakeAsync_AfterIdleTime_RefillsOnlyUpToCapacity()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(10, 5, time);
        time.Advance(TimeSpan.FromMinutes(1));
        await bucket.TakeAsync(5, TestContext.Current.CancellationToken);

        var next = bucket.TakeAsync(5, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));

        await next;
    }
}
