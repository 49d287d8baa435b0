using System.Diagnostics;
using System.Text.Json;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Bench;

/// <summary>
/// Measures, on one thread and the same in-memory UTF-8 events, the trend path (read text and time from the body,
/// count terms and pairs) against plain System.Text.Json deserialization into BuzzPost. After warm-up (so both run
/// tier-1 code), each round walks the events (at least 200,000 posts, a smaller set cyclically) in slices of 50,000
/// and times every slice on both sides back to back, the side going first alternating, so load from other processes
/// and cache warmth fall on both alike. Slices are that long because shorter ones slowed deserialization under server
/// GC (a GC's cost lands on fewer posts). Per side the median round is reported; the ratio is the median of the
/// rounds' paired ratios.
/// </summary>
public static class TrendThroughput
{
    private const int SlicePosts = 50_000;
    private const int WarmupPasses = 2;
    private const int MinPostsPerRound = 200_000;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(1);

    public static TrendThroughputReport Measure(IReadOnlyList<byte[]> events, int rounds = 7)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var detector = new TrendDetector(new SignificanceSketch());
        var buffer = new char[4096];
        // At least two passes and a second, so small runs also reach tier-1 code (tiering waits for quiet and counts calls).
        var warmup = Stopwatch.StartNew();
        for (var pass = 0; pass < WarmupPasses || warmup.Elapsed < WarmupTime; pass++)
        {
            RunTrend(detector, events, 0, events.Count, buffer);
            RunDeserialize(events, 0, events.Count);
        }

        // Small event sets are walked again (cyclically), so every round and slice times enough posts to outlast a GC pause.
        var postsPerRound = Math.Max(events.Count, MinPostsPerRound);
        var trendSeconds = new double[rounds];
        var deserializeSeconds = new double[rounds];
        var ratios = new double[rounds];
        var trendAllocated = long.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            long allocated = 0;
            for (int timed = 0, slice = 0; timed < postsPerRound; timed += SlicePosts, slice++)
            {
                var start = timed % events.Count;
                var count = Math.Min(SlicePosts, postsPerRound - timed);
                if ((slice & 1) == 1)
                {
                    deserializeSeconds[round] += RunDeserialize(events, start, count);
                }

                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                trendSeconds[round] += RunTrend(detector, events, start, count, buffer);
                allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                if ((slice & 1) == 0)
                {
                    deserializeSeconds[round] += RunDeserialize(events, start, count);
                }
            }

            trendAllocated = Math.Min(trendAllocated, allocated);
            ratios[round] = deserializeSeconds[round] / trendSeconds[round];
        }

        return new TrendThroughputReport(
            events.Count,
            Math.Round(postsPerRound / Median(trendSeconds)),
            Math.Round(postsPerRound / Median(deserializeSeconds)),
            Math.Round(Median(ratios), 3),
            (double)trendAllocated / postsPerRound,
            SignificanceSketchSerializer.ToBytes(detector.Sketch).LongLength);
    }

    /// <summary>Runs the trend path over <paramref name="count"/> events from <paramref name="start"/>, wrapping around; returns the seconds taken.</summary>
    private static double RunTrend(TrendDetector detector, IReadOnlyList<byte[]> events, int start, int count, char[] buffer)
    {
        var began = Stopwatch.GetTimestamp();
        for (int done = 0, i = start; done < count; done++, i = i + 1 == events.Count ? 0 : i + 1)
        {
            if (BuzzEventReader.TryRead(events[i], buffer, out var length, out var createdAt, out var language))
            {
                detector.Add(buffer.AsSpan(0, length), createdAt, language);
            }
        }

        return Stopwatch.GetElapsedTime(began).TotalSeconds;
    }

    private static double RunDeserialize(IReadOnlyList<byte[]> events, int start, int count)
    {
        var began = Stopwatch.GetTimestamp();
        for (int done = 0, i = start; done < count; done++, i = i + 1 == events.Count ? 0 : i + 1)
        {
            _ = JsonSerializer.Deserialize(events[i], NewsjackJsonContext.Default.BuzzPost);
        }

        return Stopwatch.GetElapsedTime(began).TotalSeconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
