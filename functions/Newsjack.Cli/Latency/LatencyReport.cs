using System.Globalization;

namespace Newsjack.Cli.Latency;

/// <summary>
/// Burst-to-inbox latencies of one measuring run, in seconds, in burst order (null: no card within the timeout),
/// with the percentiles (nearest rank) over every burst, a missed one counting as slower than any (then the
/// percentile it lands on is null), and the DetectTopics schedule in force.
/// </summary>
public sealed record LatencyReport(string TopicsSchedule, IReadOnlyList<double?> Seconds)
{
    public int Bursts => Seconds.Count;

    public int Missed => Seconds.Count(s => s is null);

    public double? P50 => Percentile(0.50);

    public double? P95 => Percentile(0.95);

    public double? Max => Percentile(1.0);

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"burst to card in inbox over {Bursts} bursts (TOPICS_SCHEDULE '{TopicsSchedule}'): p50 {Text(P50)}, p95 {Text(P95)}, max {Text(Max)}, missed {Missed}\n" +
        $"each: {string.Join(", ", Seconds.Select(s => s is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "none"))}");

    private static string Text(double? seconds) => seconds is { } s ? s.ToString("0.0 's'", CultureInfo.InvariantCulture) : "no card";

    private double? Percentile(double p)
    {
        var ordered = Seconds.Select(s => s ?? double.PositiveInfinity).Order().ToList();
        var value = ordered.Count == 0 ? double.PositiveInfinity : ordered[Math.Clamp((int)Math.Ceiling(p * ordered.Count) - 1, 0, ordered.Count - 1)];
        return double.IsPositiveInfinity(value) ? null : value;
    }
}
