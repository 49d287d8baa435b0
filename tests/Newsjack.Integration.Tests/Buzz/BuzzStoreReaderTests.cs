using Newsjack.Azure.Buzz;
using Newsjack.Core.Buzz;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class BuzzStoreReaderTests(AzuriteFixture azurite)
{
    private readonly BuzzStorage _storage = new(azurite);

    [Fact]
    public async Task Reader_ReturnsPostsOfTheWindow_AndHourlyTotalsOverAllSources()
    {
        var ct = TestContext.Current.CancellationToken;
        await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("0", 1, BuzzSamples.Post("a", createdAt: "2026-11-23T09:40:00Z", likes: 3), BuzzSamples.Post("b", createdAt: "2026-11-23T10:05:00Z", likes: 4)), ct);
        await _storage.Handler.IngestBatchAsync(BuzzSamples.Batch("1", 1, BuzzSamples.Post("c", platform: "reddit", createdAt: "2026-11-23T10:20:00Z"), BuzzSamples.Post("d", createdAt: "2026-11-23T10:25:00Z", likes: 5)), ct);
        var reader = new BuzzStoreReader(_storage.Tables);

        var posts = await reader.PostsAsync(new DateTimeOffset(2026, 11, 23, 9, 45, 0, TimeSpan.Zero), BuzzSamples.Now, ct);
        var hourly = await reader.HourlyAsync(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), BuzzSamples.Now, ct);

        Assert.Equal(["b", "c", "d"], posts.Select(p => p.Id));
        Assert.Equal("Blackout at the big game #c", posts[1].Text);
        Assert.Equal(
            [
                new BuzzHourlyIncrement("2026112309", "x", 1, 3, 2, 1),
                new BuzzHourlyIncrement("2026112310", "x", 2, 9, 4, 2),
                new BuzzHourlyIncrement("2026112310", "reddit", 1, 10, 2, 1),
            ],
            hourly);
    }
}
