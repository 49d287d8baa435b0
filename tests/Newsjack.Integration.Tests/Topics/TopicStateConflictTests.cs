using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Topics;
using Newsjack.Core.Topics.Trends;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>Two instances writing the topic state: ETag-conditional writes, a repeated run, or a reported conflict.</summary>
public sealed class TopicStateConflictTests(AzuriteFixture azurite)
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);

    [Fact]
    public async Task State_written_by_another_instance_in_between_is_not_overwritten_and_the_run_is_repeated_on_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var other = new BlobServiceClient(_storage.ConnectionString).GetBlobContainerClient(new StorageNames(_storage.Prefix).Container("state"));
        var interferer = new InterferingWriter(other, TopicStateStore.ClustererBlob);
        await using var services = new TopicsTestServices(_storage, _time, configure: s => s.AddSingleton(BlobsWith(interferer)));
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: ct);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);

        var report = await services.Get<DetectTopicsJob>().DetectAsync(ct);

        Assert.Equal(2, report.Attempts);
        Assert.Equal(4, report.Topics);
        var state = await services.Get<TopicStateStore>().LoadAsync(new TrendOptions { WidthBits = 12 }, ct);
        Assert.Equal(7, state.Clusterer.Clusters.Sum(c => c.ItemIds.Count));
        // Counted once although the first attempt had counted them too: the 3 items say "blackout" in the current
        // hour (first seen at 10:29); the one post that says it was created at 09:45, in the window before.
        Assert.Equal(3, new TrendDetector(state.Sketches[TopicPass.NewsPartition].Sketch).Term("blackout").Count);
    }

    [Fact]
    public async Task A_conflict_on_every_attempt_is_reported_not_overwritten()
    {
        var ct = TestContext.Current.CancellationToken;
        var other = new BlobServiceClient(_storage.ConnectionString).GetBlobContainerClient(new StorageNames(_storage.Prefix).Container("state"));
        var settings = new Dictionary<string, string?> { ["Topics:ConflictAttempts"] = "1" };
        await using var services = new TopicsTestServices(_storage, _time, settings, s => s.AddSingleton(BlobsWith(new InterferingWriter(other, TopicStateStore.ClustererBlob))));
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: ct);

        var error = await Assert.ThrowsAsync<StateConflictException>(() => services.Get<DetectTopicsJob>().DetectAsync(ct));

        Assert.Contains(TopicStateStore.ClustererBlob, error.Message, StringComparison.Ordinal);
        Assert.Equal("{}", (await other.GetBlobClient(TopicStateStore.ClustererBlob).DownloadContentAsync(ct)).Value.Content.ToString());
        Assert.Empty(await services.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-1), ct));
    }

    [Fact]
    public async Task Stale_etag_write_of_a_state_blob_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        var blobs = services.Get<StateBlobStore>();
        var first = await blobs.WriteAsync("x.bin", BinaryData.FromString("one"), new Dictionary<string, string>(), null, ct);
        await blobs.WriteAsync("x.bin", BinaryData.FromString("two"), new Dictionary<string, string>(), first, ct);

        await Assert.ThrowsAsync<StateConflictException>(() => blobs.WriteAsync("x.bin", BinaryData.FromString("three"), new Dictionary<string, string>(), first, ct));
        await Assert.ThrowsAsync<StateConflictException>(() => blobs.WriteAsync("x.bin", BinaryData.FromString("four"), new Dictionary<string, string>(), null, ct));
        Assert.Equal("two", (await blobs.ReadAsync("x.bin", ct))!.Content.ToString());
    }

    private BlobServiceClient BlobsWith(InterferingWriter interferer)
    {
        var options = new BlobClientOptions();
        options.AddPolicy(interferer, global::Azure.Core.HttpPipelinePosition.PerCall);
        return new BlobServiceClient(_storage.ConnectionString, options);
    }
}
