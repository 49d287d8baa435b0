using Newsjack.Azure.Buzz;
using Newsjack.Azure.Hosting;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class BuzzRetentionJobTests(AzuriteFixture azurite)
{
    private readonly BuzzStorage _storage = new(azurite);

    [Fact]
    public void Job_IsNamedAndScheduledAsAgreed()
    {
        var row = PipelineJobs.Named("CleanupBuzz");
        Assert.Equal(("BUZZ_CLEANUP_SCHEDULE", "0 17 * * * *", typeof(BuzzRetentionJob)), (row.Setting, row.DefaultSchedule, row.Handler));
        Assert.IsType<BuzzRetentionJob>(_storage.Retention);
    }

    [Fact]
    public async Task Cleanup_DeletesOnlyExpiredPartitions_KeepingAggregatesUntilTheirOwnTtl()
    {
        var ct = TestContext.Current.CancellationToken;
        // 10:30 on the 23rd: posts from 08:xx and 10:xx, and one bad event (dead letter of the 23rd).
        await _storage.Handler.IngestBatchAsync(
            BuzzSamples.Batch("0", 1, BuzzSamples.Post("old", createdAt: "2026-11-23T08:15:00Z"), BuzzSamples.Post("new", createdAt: "2026-11-23T10:10:00Z"), "oops"), ct);

        // 72 h later hour 08 has expired, hour 10 (ends 11:00) has not.
        _storage.Time.Advance(TimeSpan.FromHours(72));
        var first = await _storage.Retention.CleanAsync(ct);

        Assert.Equal((1, 0, 0), (first.Posts, first.Aggregates, first.DeadLetters));
        Assert.Equal(["new"], (await _storage.PostsAsync()).Select(p => p.GetString("PostId")));
        Assert.Equal(1, await _storage.HourTotalAsync("2026112308", "xPosts"));
        Assert.Single(await _storage.DeadLettersAsync());

        // The next hourly run takes hour 10.
        _storage.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new BuzzCleanupReport(1, 0, 0), await _storage.Retention.CleanAsync(ct));
        Assert.Empty(await _storage.PostsAsync());

        // Dead letters live 14 days, aggregates 30 days.
        _storage.Time.Advance(TimeSpan.FromDays(13));
        Assert.Equal(new BuzzCleanupReport(0, 0, 1), await _storage.Retention.CleanAsync(ct));
        Assert.Empty(await _storage.DeadLettersAsync());
        Assert.Equal(2, (await _storage.AggregatesAsync()).Count);

        _storage.Time.Advance(TimeSpan.FromDays(14));
        Assert.Equal(new BuzzCleanupReport(0, 2, 0), await _storage.Retention.CleanAsync(ct));
        Assert.Empty(await _storage.AggregatesAsync());
    }

    [Fact]
    public async Task Cleanup_RunTwice_DeletesNothingTheSecondTime()
    {
        var ct = TestContext.Current.CancellationToken;
        await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("0", 1, BuzzSamples.Post("a"), BuzzSamples.Post("b")), ct);
        _storage.Time.Advance(TimeSpan.FromHours(74));

        var first = await _storage.Retention.CleanAsync(ct);
        var second = await _storage.Retention.CleanAsync(ct);

        Assert.Equal(2, first.Posts);
        Assert.Equal(new BuzzCleanupReport(0, 0, 0), second);
    }
}
