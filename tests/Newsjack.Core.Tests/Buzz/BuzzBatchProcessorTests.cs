using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class BuzzBatchProcessorTests
{
    [Fact]
    public void Process_MixedBatch_GivesEveryEventItsOwnOutcome()
    {
        var batch = Batch(BuzzEvents.Valid("1"), "{broken", BuzzEvents.Valid("2", platform: "myspace"), BuzzEvents.Valid("3", platform: "reddit"));

        var outcome = BuzzBatchProcessor.Process(batch, BuzzEvents.Now);

        Assert.Equal(
            [BuzzEventStatus.Accepted, BuzzEventStatus.Rejected, BuzzEventStatus.Rejected, BuzzEventStatus.Accepted],
            outcome.Events.Select(e => e.Status));
        Assert.Equal(["x:1", "reddit:3"], outcome.Accepted.Select(a => a.ContentKey));
        Assert.StartsWith("not valid JSON", outcome.Events[1].Reason, StringComparison.Ordinal);
        Assert.Equal("7:101", outcome.Events[1].TransportKey);
    }

    [Fact]
    public void Process_SamePostTwiceInOneBatch_SecondIsDuplicate()
    {
        var batch = Batch(BuzzEvents.Valid("1"), BuzzEvents.Valid("1", text: "retried by the producer"), BuzzEvents.Valid("1", platform: "bluesky"));

        var outcome = BuzzBatchProcessor.Process(batch, BuzzEvents.Now);

        Assert.Equal([BuzzEventStatus.Accepted, BuzzEventStatus.Duplicate, BuzzEventStatus.Accepted], outcome.Events.Select(e => e.Status));
        Assert.Equal("'x:1' repeats an earlier event of this batch", outcome.Events[1].Reason);
        Assert.Equal("Lights out at the Super Bowl #blackout", outcome.Accepted[0].Post.Text);
    }

    [Fact]
    public void Process_PostFromBeyondTheRetentionWindow_IsStaleNotRejected()
    {
        var batch = Batch(BuzzEvents.Valid("1", createdAt: "2026-11-20T09:59:59Z"), BuzzEvents.Valid("2", createdAt: "2026-11-20T10:00:00Z"));

        var outcome = BuzzBatchProcessor.Process(batch, BuzzEvents.Now);

        Assert.Equal([BuzzEventStatus.Stale, BuzzEventStatus.Accepted], outcome.Events.Select(e => e.Status));
    }

    [Fact]
    public void Process_PostFromTheFuture_IsRejected()
    {
        var batch = Batch(BuzzEvents.Valid("1", createdAt: "2026-11-23T11:31:00Z"), BuzzEvents.Valid("2", createdAt: "2026-11-23T11:29:00Z"));

        var outcome = BuzzBatchProcessor.Process(batch, BuzzEvents.Now);

        Assert.Equal([BuzzEventStatus.Rejected, BuzzEventStatus.Accepted], outcome.Events.Select(e => e.Status));
        Assert.Contains("more than 1 h after receipt", outcome.Events[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_NullBody_IsRejectedAsEmpty()
    {
        var outcome = BuzzBatchProcessor.Process(Batch(null!, BuzzEvents.Valid()), BuzzEvents.Now);

        Assert.Equal("body is empty", outcome.Events[0].Reason);
        Assert.Single(outcome.Accepted);
    }

    [Fact]
    public void Process_AcceptedPosts_AreSummedPerHourAndPlatform()
    {
        var batch = Batch(
            BuzzEvents.Valid("1", createdAt: "2026-11-23T09:10:00Z"),
            BuzzEvents.Valid("2", createdAt: "2026-11-23T09:50:00Z"),
            BuzzEvents.Valid("3", createdAt: "2026-11-23T10:01:00Z"),
            BuzzEvents.Valid("4", platform: "tiktok", createdAt: "2026-11-23T10:02:00+02:00"),
            BuzzEvents.Valid("2", createdAt: "2026-11-23T09:50:00Z"));

        var outcome = BuzzBatchProcessor.Process(batch, BuzzEvents.Now);

        Assert.Equal(
            [
                new BuzzHourlyIncrement("2026112308", "tiktok", 1, 15, 4, 2),
                new BuzzHourlyIncrement("2026112309", "x", 2, 30, 8, 4),
                new BuzzHourlyIncrement("2026112310", "x", 1, 15, 4, 2),
            ],
            outcome.Increments);
    }

    private static BuzzBatch Batch(params string[] events) => new(
        "7",
        events,
        [.. events.Select((_, i) => 100L + i)],
        [.. events.Select(_ => BuzzEvents.Now.UtcDateTime)],
        null);
}
