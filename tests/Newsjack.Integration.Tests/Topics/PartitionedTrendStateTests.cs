using System.Globalization;
using Azure;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Topics;
using Newsjack.Core.Buzz;
using Newsjack.Core.Topics.Trends;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>Trend state kept per Event Hub partition: one sketch blob each, merged for reading, restored after a restart.</summary>
public sealed class PartitionedTrendStateTests(AzuriteFixture azurite)
{
    private static readonly TrendOptions Trends = new() { WidthBits = 12 };
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly List<(DateTimeOffset Time, string Text)> _allTexts = [];
    private long _sequence;

    [Fact]
    public async Task Posts_from_two_partitions_are_counted_in_two_sketch_blobs_each_with_only_its_own_texts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        await IngestAsync(services, "0", ["Harbor storm floods the pier", "Storm closes the harbor"], ct);
        await IngestAsync(services, "1", ["City parade draws crowds", "Parade route through the city"], ct);

        await services.Get<DetectTopicsJob>().DetectAsync(ct);

        var blobs = await services.Get<StateBlobStore>().ListAsync(TopicStateStore.SketchBlobPrefix, ct);
        Assert.Equal(["topics-trends-0.bin", "topics-trends-1.bin"], blobs);
        var state = await services.Get<TopicStateStore>().LoadAsync(Trends, ct);
        var first = new TrendDetector(state.Sketches["0"].Sketch);
        var second = new TrendDetector(state.Sketches["1"].Sketch);
        Assert.Equal((2, 0), (first.Term("storm").Count, first.Term("parade").Count));
        Assert.Equal((0, 2), (second.Term("storm").Count, second.Term("parade").Count));
    }

    [Fact]
    public async Task Merged_partition_sketches_read_like_one_sketch_fed_every_text()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        // Five hours of steady chatter on each partition, then a burst on partition 0; the job runs every hour.
        for (var hour = 0; hour < 6; hour++)
        {
            _time.Advance(TimeSpan.FromHours(hour == 0 ? 0 : 1));
            var storms = hour < 5 ? 1 + (hour % 2) : 6;
            await IngestAsync(services, "0", [.. Enumerable.Range(0, storms).Select(i => $"Harbor storm update {hour}-{i} with weather news")], ct);
            await IngestAsync(services, "1", [.. Enumerable.Range(0, 2 + (hour % 3)).Select(i => $"City parade update {hour}-{i} with weather news")], ct);
            await services.Get<DetectTopicsJob>().DetectAsync(ct);
        }

        var now = _time.GetUtcNow();
        var state = await services.Get<TopicStateStore>().LoadAsync(Trends, ct);
        var sketches = state.Sketches.Values.Select(s => s.Sketch).ToList();
        sketches.ForEach(s => s.AdvanceTo(s.WindowOf(now)));
        var merged = new TrendDetector(MergedTrendView.Of(sketches, Trends, now));
        var single = new TrendDetector(new SignificanceSketch(Trends));
        foreach (var (time, text) in _allTexts.OrderBy(t => t.Time))
        {
            single.Add(text, time);
        }

        single.Sketch.AdvanceTo(single.Sketch.WindowOf(now));
        foreach (var term in new[] { "storm", "harbor", "parade", "city" })
        {
            var (expected, actual) = (single.Term(term), merged.Term(term));
            Assert.Equal(expected.Count, actual.Count);
            Assert.Equal(expected.Mean, actual.Mean, 1e-9);
            Assert.Equal(expected.StdDev, actual.StdDev, 1e-9);
            Assert.Equal(expected.Significance, actual.Significance, 1e-9);
        }

        Assert.True(merged.Term("storm").Significance > 0.5, "the burst on partition 0 reads as significant");
        // A term both partitions use: counts and means add exactly; the variance sum leaves out the covariance.
        Assert.Equal(single.Term("weather").Count, merged.Term("weather").Count);
        Assert.Equal(single.Term("weather").Mean, merged.Term("weather").Mean, 1e-9);
    }

    [Fact]
    public async Task Restart_restores_every_partition_and_a_second_run_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        Dictionary<string, ETag> before;
        await using (var first = new TopicsTestServices(_storage, _time))
        {
            await IngestAsync(first, "0", ["Harbor storm floods the pier"], ct);
            await IngestAsync(first, "1", ["City parade draws crowds"], ct);
            await IngestAsync(first, BuzzIngestHandler.HttpSource, ["Parade photos from the city"], ct);
            await first.Get<DetectTopicsJob>().DetectAsync(ct);
            before = (await first.Get<TopicStateStore>().LoadAsync(Trends, ct)).Sketches.ToDictionary(p => p.Key, p => p.Value.ETag!.Value);
        }

        await using var restarted = new TopicsTestServices(_storage, _time);
        var restored = await restarted.Get<TopicStateStore>().LoadAsync(Trends, ct);
        await restarted.Get<DetectTopicsJob>().DetectAsync(ct);
        var after = (await restarted.Get<TopicStateStore>().LoadAsync(Trends, ct)).Sketches;

        Assert.Equal(["0", "1", "http"], restored.Sketches.Keys.Order(StringComparer.Ordinal));
        Assert.All(restored.Sketches.Values, s => Assert.Equal(_time.GetUtcNow(), s.CountedThrough));
        Assert.Equal(1, new TrendDetector(restored.Sketches["0"].Sketch).Term("storm").Count);
        Assert.Equal(before, after.ToDictionary(p => p.Key, p => p.Value.ETag!.Value)); // nothing counted twice, nothing written

        // A new post on partition 1 only rewrites partition 1's blob; a new partition gets a blob of its own.
        _time.Advance(TimeSpan.FromMinutes(5));
        await IngestAsync(restarted, "1", ["Parade ends at the harbor"], ct);
        await IngestAsync(restarted, "2", ["Storm moves inland"], ct);
        await restarted.Get<DetectTopicsJob>().DetectAsync(ct);
        var later = (await restarted.Get<TopicStateStore>().LoadAsync(Trends, ct)).Sketches;
        Assert.Equal(["0", "1", "2", "http"], later.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before["0"], later["0"].ETag);
        Assert.NotEqual(before["1"], later["1"].ETag);
        Assert.Equal(2, new TrendDetector(later["1"].Sketch).Term("parade").Count);
    }

    private async Task IngestAsync(TopicsTestServices services, string partition, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var created = now.AddMinutes(-2);
        var events = texts.Select(text =>
            $$"""{"id":"p{{++_sequence}}","platform":"x","text":"{{text}}","createdAt":"{{created.ToString("O", CultureInfo.InvariantCulture)}}","likes":1,"shares":0,"replies":0,"lang":"en"}""").ToList();
        var result = await services.Get<BuzzIngestHandler>().IngestBatchAsync(
            new BuzzBatch(partition, events, [.. events.Select((_, i) => _sequence - events.Count + i + 1)], [.. events.Select(_ => now.UtcDateTime)], null),
            cancellationToken);
        Assert.Equal(texts.Count, result.Accepted);
        _allTexts.AddRange(texts.Select(t => (created, t)));
    }
}
