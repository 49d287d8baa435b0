namespace Newsjack.Core.Topics;

/// <summary>
/// How fast a topic is moving at <see cref="At"/>. Every number has a one-sentence reading in <see cref="Explanations"/>.
/// Mentions are the topic's items plus attached posts.
/// </summary>
public sealed record TopicMomentum
{
    public DateTimeOffset At { get; init; }

    /// <summary>Mentions in the last hour.</summary>
    public int Volume { get; init; }

    /// <summary>Mentions per hour in the last hour minus the hour before (positive: speeding up).</summary>
    public double Velocity { get; init; }

    /// <summary>Change of <see cref="Velocity"/> per hour, from the last three hours.</summary>
    public double Acceleration { get; init; }

    /// <summary>Usual mentions per hour of the topic's strongest term (exponentially weighted mean), when a baseline exists.</summary>
    public double? BaselinePerHour { get; init; }

    /// <summary>Volume ÷ baseline (`3.8×`), when a baseline exists.</summary>
    public double? Ratio { get; init; }

    /// <summary>SigniTrend significance of the strongest term: (count − mean) / (std + bias), in standard deviations.</summary>
    public double Significance { get; init; }

    public int OutletCount { get; init; }

    /// <summary>Mean engagement (likes + 2 × shares + replies) per attached post; 0 without posts.</summary>
    public double EngagementPerPost { get; init; }

    /// <summary>When mentions are expected to fall back to the baseline, the end of the newsjacking window.</summary>
    public DateTimeOffset WindowClosesAt { get; init; }

    public IReadOnlyList<string> Explanations { get; init; } = [];
}
