using Newsjack.Core.Buzz;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class BuzzIngestHandlerTests(AzuriteFixture azurite)
{
    private readonly BuzzStorage _storage = new(azurite);

    [Fact]
    public async Task MixedBatch_StoresGoodEvents_AndDeadLettersBadOnesWithTheirTransportData()
    {
        var batch = BuzzSamples.Batch("3", 500, BuzzSamples.Post("1"), "{not json", BuzzSamples.Post("2", platform: "bluesky"), """{"id":7,"platform":"x","text":"t","createdAt":"2026-11-23T10:00:00Z"}""");

        var result = await _storage.Handler.IngestBatchAsync(batch, TestContext.Current.CancellationToken);

        Assert.Equal((2, 0, 2, 0), (result.Accepted, result.Duplicates, result.Rejected, result.Stale));
        var posts = await _storage.PostsAsync();
        Assert.Equal(["bluesky", "x"], posts.Select(p => p.GetString("Platform")).Order());
        Assert.All(posts, p => Assert.Equal("2026112310", p.PartitionKey));
        Assert.Equal("Blackout at the big game #1", posts.Single(p => p.GetString("PostId") == "1").GetString("Text"));
        var dead = (await _storage.DeadLettersAsync()).OrderBy(d => d.GetInt64("SequenceNumber")).ToList();
        Assert.Equal([501L, 503L], dead.Select(d => d.GetInt64("SequenceNumber")!.Value));
        Assert.Equal("{not json", dead[0].GetString("Body"));
        Assert.StartsWith("not valid JSON", dead[0].GetString("Reason"), StringComparison.Ordinal);
        Assert.StartsWith("field 'id' must be a string, got number", dead[1].GetString("Reason"), StringComparison.Ordinal);
        Assert.Equal(("3", "4608", "20261123"), (dead[0].GetString("PartitionId"), dead[0].GetString("Offset"), dead[0].PartitionKey));
        Assert.Equal(BuzzSamples.Now.AddSeconds(-5), dead[0].GetDateTimeOffset("EnqueuedTimeUtc"));
    }

    [Fact]
    public async Task ReplayingTheSameBatch_ChangesNothingInStorage()
    {
        var batch = BuzzSamples.Batch("0", 10, BuzzSamples.Post("1"), BuzzSamples.Post("2", likes: 5), "[]", BuzzSamples.Post("3", createdAt: "2026-11-23T09:59:00Z"));
        var ct = TestContext.Current.CancellationToken;
        await _storage.Handler.IngestBatchAsync(batch, ct);
        var postsBefore = (await _storage.PostsAsync()).Count;
        var likesBefore = await _storage.HourTotalAsync("2026112310", "xLikes");

        _storage.Time.Advance(TimeSpan.FromMinutes(3));
        var replay = await _storage.Handler.IngestBatchAsync(batch, ct);

        Assert.Equal((0, 3, 1), (replay.Accepted, replay.Duplicates, replay.Rejected));
        Assert.Equal(3, postsBefore);
        Assert.Equal(postsBefore, (await _storage.PostsAsync()).Count);
        Assert.Equal(15, likesBefore);
        Assert.Equal(likesBefore, await _storage.HourTotalAsync("2026112310", "xLikes"));
        Assert.Equal(1, await _storage.HourTotalAsync("2026112309", "xPosts"));
        Assert.Single(await _storage.DeadLettersAsync());
        Assert.Contains("already stored", replay.Events[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProducerRetry_SamePostWithNewSequenceNumber_CountsAsDuplicate()
    {
        var ct = TestContext.Current.CancellationToken;
        await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("1", 40, BuzzSamples.Post("42")), ct);

        var retry = await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("2", 977, BuzzSamples.Post("43"), BuzzSamples.Post("42")), ct);

        Assert.Equal([BuzzEventStatus.Accepted, BuzzEventStatus.Duplicate], retry.Events.Select(e => e.Status));
        Assert.Equal(2, (await _storage.PostsAsync()).Count);
        Assert.Equal(2, await _storage.HourTotalAsync("2026112310", "xPosts"));
    }

    [Fact]
    public async Task LargeBatchInOneHour_IsStoredInChunks_AndItsReplayIsAllDuplicates()
    {
        var events = Enumerable.Range(1, 150).Select(i => BuzzSamples.Post($"n{i}", likes: 1)).ToArray();
        var ct = TestContext.Current.CancellationToken;

        var first = await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("5", 1, events), ct);
        var replay = await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("5", 1, events), ct);

        Assert.Equal(150, first.Accepted);
        Assert.Equal(150, replay.Duplicates);
        Assert.Equal(150, (await _storage.PostsAsync()).Count);
        Assert.Equal(150, await _storage.HourTotalAsync("2026112310", "xLikes"));
    }

    [Fact]
    public async Task IdWithCharactersForbiddenInTableKeys_IsStoredAndDeduped()
    {
        var ct = TestContext.Current.CancellationToken;
        var batch = BuzzSamples.Batch("0", 1, BuzzSamples.Post("at://did:plc:abc/app.bsky.feed.post/3k?x#y%20"));

        await _storage.Handler.IngestBatchAsync(batch, ct);
        var again = await _storage.Handler.IngestBatchAsync(batch, ct);

        Assert.Equal("at://did:plc:abc/app.bsky.feed.post/3k?x#y%20", Assert.Single(await _storage.PostsAsync()).GetString("PostId"));
        Assert.Equal(1, again.Duplicates);
    }
}
