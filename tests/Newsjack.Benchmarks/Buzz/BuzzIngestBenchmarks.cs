using System.Globalization;
using BenchmarkDotNet.Attributes;
using Newsjack.Core.Buzz;

namespace Newsjack.Benchmarks.Buzz;

/// <summary>
/// Validation + in-batch dedupe + hourly counting of one Event Hub batch of 100 realistic events (5% broken,
/// 3% duplicates), storage excluded. Events/s = 100 / mean; allocated bytes/event = Allocated / 100.
/// </summary>
[MemoryDiagnoser]
public class BuzzIngestBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);
    private static readonly string[] Platforms = ["x", "bluesky", "mastodon", "reddit", "tiktok", "instagram", "threads", "youtube"];
    private BuzzBatch _batch = null!;
    private BuzzBatch _cleanBatch = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var events = new string[100];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = i % 20 == 7 ? "{\"id\":\"broken\",\"platform\":\"x\",\"text\":" : Event(random, i % 33 == 5 ? i - 1 : i);
        }

        _batch = Batch(events);
        _cleanBatch = Batch([.. Enumerable.Range(0, 100).Select(i => Event(random, i))]);
    }

    /// <summary>Realistic: 5 broken events (each costs a JsonException) and 3 duplicates.</summary>
    [Benchmark(Baseline = true)]
    public BuzzBatchOutcome ProcessBatchOf100() => BuzzBatchProcessor.Process(_batch, Now);

    /// <summary>All 100 events valid and distinct: the cost of the happy path alone.</summary>
    [Benchmark]
    public BuzzBatchOutcome ProcessCleanBatchOf100() => BuzzBatchProcessor.Process(_cleanBatch, Now);

    private static BuzzBatch Batch(string[] events) =>
        new("3", events, [.. Enumerable.Range(0, events.Length).Select(i => 1000L + i)], [.. events.Select(_ => Now.UtcDateTime)], null);

    private static string Event(Random random, int n)
    {
        var platform = Platforms[n % Platforms.Length];
        var text = string.Join(' ', Enumerable.Range(0, 12 + random.Next(30)).Select(_ => Words[random.Next(Words.Length)]));
        var created = Now.AddMinutes(-random.Next(0, 180)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"{{1_860_000_000_000_000_000L + n}}","platform":"{{platform}}","text":"{{text}} \u2014 #SuperBowl \ud83d\ude31","createdAt":"{{created}}","author":"@user{{n}}","authorFollowers":{{random.Next(10, 500_000)}},"likes":{{random.Next(0, 5000)}},"shares":{{random.Next(0, 800)}},"replies":{{random.Next(0, 300)}},"lang":"en","url":"https://{{platform}}.example/p/{{n}}","schemaVersion":1}""");
    }

    private static readonly string[] Words =
        ["power", "outage", "stadium", "lights", "halftime", "dunk", "dark", "cookie", "game", "fans", "wow", "brand", "tweet", "live", "now"];
}
