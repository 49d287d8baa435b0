using Newsjack.Azure.Buzz;
using Newsjack.Core.Buzz;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>Batching for `replay --to eventhub`, against the SDK's own EventDataBatch model (no hub needed).</summary>
public sealed class EventHubBuzzSenderTests
{
    private static string Post(string id, string platform, string? author) =>
        author is null
            ? $$"""{"id":"{{id}}","platform":"{{platform}}","text":"t","createdAt":"2026-02-03T13:00:00Z"}"""
            : $$"""{"id":"{{id}}","platform":"{{platform}}","author":"{{author}}","text":"t","createdAt":"2026-02-03T13:00:00Z"}""";

    [Fact]
    public async Task Full_batches_are_sent_and_a_new_one_started_keeping_each_authors_order()
    {
        var producer = new RecordingProducer(eventsPerBatch: 2);
        List<string> lines = [Post("1", "x", "ana"), Post("2", "x", "li"), Post("3", "x", "ana"), Post("4", "x", "ana"), Post("5", "bluesky", "ana")];

        var result = await new EventHubBuzzSender(producer).SendAsync(lines, TestContext.Current.CancellationToken);

        Assert.Equal((5, 4, 0), (result.Sent, result.Batches, result.TooLarge.Count));
        Assert.Equal(
            [("x:ana", [lines[0], lines[2]]), ("x:ana", [lines[3]]), ("x:li", [lines[1]]), ("bluesky:ana", [lines[4]])],
            producer.Sent.Select(s => (s.PartitionKey, s.Bodies)).ToList(),
            new BatchComparer());
    }

    [Fact]
    public async Task An_event_too_large_for_an_empty_batch_is_reported_and_the_rest_go_on()
    {
        var producer = new RecordingProducer(eventsPerBatch: 10, maxEventBytes: 200);
        var huge = Post("big", "x", "ana").Replace("\"t\"", $"\"{new string('a', 500)}\"", StringComparison.Ordinal);
        List<string> lines = [Post("1", "x", "ana"), huge, Post("2", "x", "ana")];

        var result = await new EventHubBuzzSender(producer).SendAsync(lines, TestContext.Current.CancellationToken);

        // Only an empty batch can tell "too large" from "batch full", so the batch before it is sent first.
        Assert.Equal((2, 2), (result.Sent, result.Batches));
        Assert.Equal([1], result.TooLarge);
        Assert.Equal([[lines[0]], [lines[2]]], producer.Sent.Select(s => s.Bodies));
    }

    [Fact]
    public async Task Invalid_lines_are_sent_as_they_are_without_a_partition_key()
    {
        var producer = new RecordingProducer(eventsPerBatch: 10);
        List<string> lines = ["{not json", """{"id":"n","text":"no platform"}""", Post("1", "reddit", null)];

        var result = await new EventHubBuzzSender(producer).SendAsync(lines, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Sent);
        Assert.Equal([(null, 2), ("reddit", 1)], producer.Sent.Select(s => (s.PartitionKey, s.Bodies.Count)));
        Assert.Equal(["{not json", """{"id":"n","text":"no platform"}"""], producer.Sent[0].Bodies);
    }

    [Theory]
    [InlineData("""{"platform":"x","author":"ana"}""", "x:ana")]
    [InlineData("""{"platform":"x","author":""}""", "x")]
    [InlineData("""{"platform":"x","author":42}""", "x")]
    [InlineData("""{"platform":1}""", null)]
    [InlineData("""[1]""", null)]
    [InlineData("""{"platform":"x",""", null)]
    public void Partition_key_is_platform_and_author(string line, string? key) => Assert.Equal(key, BuzzPartitionKey.Of(line));

    private sealed class BatchComparer : IEqualityComparer<(string?, List<string>)>
    {
        public bool Equals((string?, List<string>) x, (string?, List<string>) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string?, List<string>) obj) => HashCode.Combine(obj.Item1, obj.Item2.Count);
    }
}
