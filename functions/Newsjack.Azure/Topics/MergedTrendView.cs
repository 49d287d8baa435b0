using Newsjack.Core.Topics.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The partition sketches read as one (Core's merge: counts, means and variances add). Counts and means equal those of
/// one sketch fed every text; a variance is exact for a bucket fed by one partition and otherwise the sum of the
/// partitions' variances (their covariance is not kept), as in SigniTrend's merge.
/// </summary>
public static class MergedTrendView
{
    /// <summary>A new sketch at the window of <paramref name="now"/> holding the sum of <paramref name="sketches"/> (each already advanced to that window).</summary>
    public static SignificanceSketch Of(IEnumerable<SignificanceSketch> sketches, TrendOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sketches);
        var merged = new SignificanceSketch(options);
        merged.AdvanceTo(merged.WindowOf(now));
        foreach (var sketch in sketches)
        {
            merged.Merge(sketch);
        }

        return merged;
    }
}
