namespace Newsjack.Core.Topics.Trends;

/// <summary>Knobs of the SigniTrend sketch; memory is 2 rows × 2^<see cref="WidthBits"/> buckets × 12 bytes (12 MB at 19 bits).</summary>
public sealed record TrendOptions
{
    /// <summary>Length of one counting window; significance compares the current window with earlier ones.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Windows after which an old window's weight in the moving mean and variance has halved.</summary>
    public double HalfLifeWindows { get; init; } = 24;

    /// <summary>SigniTrend's β: added to the standard deviation so a handful of mentions of a rare term is not an alert.</summary>
    public double Bias { get; init; } = 3;

    /// <summary>No significance at all before this many windows were folded into the baseline (cold start).</summary>
    public int WarmupWindows { get; init; } = 3;

    public int WidthBits { get; init; } = 19;

    /// <summary>Least usual mentions per window that count as a baseline for "N× its usual" (rarer terms have none).</summary>
    public double MinBaseline { get; init; } = 0.5;

    /// <summary>Where windows start counting. Streaming state uses the Unix epoch; a one-off run puts it at its `now`
    /// so the last window is exactly the last hour.</summary>
    public DateTimeOffset Origin { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>Weight of the newest window in the moving statistics: 1 − 2^(−1/half-life).</summary>
    public double Alpha => 1 - Math.Pow(2, -1 / HalfLifeWindows);
}
