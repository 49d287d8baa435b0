using System.Diagnostics;
using System.Text.Json;
using Newsjack.Core.Serialization;

namespace Newsjack.Core.Trends;

/// <summary>
/// Measures, on one thread and the same in-memory UTF-8 events, the trend path (read text and time from the body,
/// count terms and pairs) against plain System.Text.Json deserialization into BuzzPost. After warm-up passes (so both
/// run tier-1 code), each round walks the events in slices and times every slice on both sides back to back, the
/// side going first alternating, so load from other processes and cache warmth fall on both alike. Per side the
/// median round is reported, and the ratio is the median of the rounds' paired ratios.
/// </summary>
public static class TrendThroughput
{
    private const int SlicePosts = 5_000;
    private const int WarmupPasses = 2;

    public static TrendThroughputReport Measure(IReadOnlyList<byte[]> events, int rounds = 7)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var detector = new TrendDetector(new SignificanceSketch());
        var buffer = new char[4096];
        for (var pass = 0; pass < WarmupPasses; pass++)
        {
            RunTrend(detector, events, 0, events.Count, buffer);
            RunDeserialize(events, 0, events.Count);
        }

        var trendSeconds = new double[rounds];
        var deserializeSeconds = new double[rounds];
        var ratios = new double[rounds];
        var trendAllocated = long.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            long allocated = 0;
            for (int start = 0, slice = 0; start < events.Count; start += SlicePosts, slice++)
            {
                var end = Math.Min(events.Count, start + SlicePosts);
                if ((slice & 1) == 1)
                {
                    deserializeSeconds[round] += RunDeserialize(events, start, end);
                }

                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                trendSeconds[round] += RunTrend(detector, events, start, end, buffer);
                allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                if ((slice & 1) == 0)
                {
                    deserializeSeconds[round] += RunDeserialize(events, start, end);
                }
            }

            trendAllocated = Math.Min(trendAllocated, allocated);
            ratios[round] = deserializeSeconds[round] / trendSeconds[round];
        }

        return new TrendThroughputReport(
            events.Count,
            Math.Round(events.Count / Median(trendSeconds)),
            Math.Round(events.Count / Median(deserializeSeconds)),
            Math.Round(Median(ratios), 3),
            (double)trendAllocated / events.Count,
            SignificanceSketchSerializer.ToBytes(detector.Sketch).LongLength);
    }

    /// <summary>Runs the trend path over events [start, end); returns the seconds taken.</summary>
    private static double RunTrend(TrendDetector detector, IReadOnlyList<byte[]> events, int start, int end, char[] buffer)
    {
        var began = Stopwatch.GetTimestamp();
        for (var i = start; i < end; i++)
        {
            if (BuzzEventReader.TryRead(events[i], buffer, out var length, out var createdAt, out var language))
            {
                detector.Add(buffer.AsSpan(0, length), createdAt, language);
            }
        }

        return Stopwatch.GetElapsedTime(began).TotalSeconds;
    }

    private static double RunDeserialize(IReadOnlyList<byte[]> events, int start, int end)
    {
        var began = Stopwatch.GetTimestamp();
        for (var i = start; i < end; i++)
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
