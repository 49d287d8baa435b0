using System.Diagnostics;
using System.Text.Json;
using Newsjack.Core.Serialization;

namespace Newsjack.Core.Trends;

/// <summary>
/// Measures, on one thread and the same events, the trend path (read text and time from the UTF-8 body, count terms
/// and pairs) against plain System.Text.Json deserialization into BuzzPost. Best of several rounds each.
/// </summary>
public static class TrendThroughput
{
    public static TrendThroughputReport Measure(IReadOnlyList<byte[]> events, int rounds = 5)
    {
        ArgumentNullException.ThrowIfNull(events);
        var detector = new TrendDetector(new SignificanceSketch());
        var buffer = new char[4096];
        RunTrend(detector, events, buffer);
        RunDeserialize(events);
        double trendBest = 0, deserializeBest = 0;
        long trendAllocated = long.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var trendSeconds = Time(() => RunTrend(detector, events, buffer));
            trendAllocated = Math.Min(trendAllocated, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            trendBest = Math.Max(trendBest, events.Count / trendSeconds);
            deserializeBest = Math.Max(deserializeBest, events.Count / Time(() => RunDeserialize(events)));
        }

        return new TrendThroughputReport(
            events.Count,
            Math.Round(trendBest),
            Math.Round(deserializeBest),
            Math.Round(trendBest / deserializeBest, 3),
            (double)trendAllocated / events.Count,
            SignificanceSketchSerializer.ToBytes(detector.Sketch).LongLength);
    }

    private static void RunTrend(TrendDetector detector, IReadOnlyList<byte[]> events, char[] buffer)
    {
        foreach (var body in events)
        {
            if (BuzzEventReader.TryRead(body, buffer, out var length, out var createdAt, out var language))
            {
                detector.Add(buffer.AsSpan(0, length), createdAt, language);
            }
        }
    }

    private static void RunDeserialize(IReadOnlyList<byte[]> events)
    {
        foreach (var body in events)
        {
            _ = JsonSerializer.Deserialize(body, NewsjackJsonContext.Default.BuzzPost);
        }
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }
}
