using System.Globalization;

namespace Newsjack.Core.Topics.Trends;

/// <summary>
/// Momentum of a topic at a moment, every number with a one-sentence reading. The window estimate assumes attention
/// decays exponentially: at the observed halving time when mentions are falling, else at a typical 6-hour news
/// half-life from now, until mentions are back to the usual rate (at least one an hour).
/// </summary>
public static class MomentumEstimator
{
    public const double TypicalHalfLifeHours = 6;
    private const double MaxWindowHours = 72;

    public static TopicMomentum Estimate(MomentumInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = input.Now;
        int InHour(int hoursAgo) => input.MentionTimes.Count(t => t < now.AddHours(-hoursAgo) && t >= now.AddHours(-hoursAgo - 1));
        int volume = InHour(0), previous = InHour(1), before = InHour(2);
        var velocity = (double)(volume - previous);
        var acceleration = velocity - (previous - before);
        var strongest = input.Strongest;
        double? baseline = strongest.HasBaseline ? strongest.Mean : null;
        double? ratio = baseline is > 0 ? volume / baseline.Value : null;
        var engagement = input.PostCount == 0 ? 0 : (double)input.Engagement / input.PostCount;
        var (hours, halfLife) = HoursLeft(volume, previous, baseline);
        var closes = now.AddHours(hours);
        var explanations = new List<string>
        {
            F($"{volume} mentions (news items and posts) in the last hour."),
            velocity > 0 ? F($"Speeding up: {velocity:+0} mentions compared with the hour before ({previous}).")
                : velocity < 0 ? F($"Slowing down: {velocity:0} mentions compared with the hour before ({previous}).")
                : F($"Steady: as many mentions as the hour before ({previous})."),
            F($"Acceleration {acceleration:+0;-0;0} per hour²: the hour-on-hour change is {(acceleration > 0 ? "growing" : acceleration < 0 ? "shrinking" : "steady")}."),
            ratio is { } r
                ? F($"{r:0.0}× its usual mentions: '{input.StrongestTerm}' normally gets {baseline:0.#} an hour.")
                : F($"No baseline yet for '{input.StrongestTerm}': too new to compare with its usual rate."),
            F($"Significance {strongest.Significance:0.0;-0.0;0}σ: '{input.StrongestTerm}' is {Math.Abs(strongest.Significance):0.0} standard deviations {(strongest.Significance < 0 ? "below" : "above")} its usual hourly count."),
            input.OutletCount == 0 ? "No news outlet carries it yet." : F($"Carried by {input.OutletCount} outlet{(input.OutletCount == 1 ? "" : "s")}."),
            input.PostCount == 0 ? "No social posts attached yet." : F($"{input.PostCount} posts averaging {engagement:0} engagements (likes + 2 × shares + replies)."),
            hours <= 0
                ? "The window has closed: mentions are back to their usual rate."
                : F($"Window closing in about {hours:0.#} hours (around {closes.UtcDateTime:HH:mm} UTC), with mentions halving every {halfLife:0.#} hours."),
        };

        return new TopicMomentum
        {
            At = now,
            Volume = volume,
            Velocity = velocity,
            Acceleration = acceleration,
            BaselinePerHour = baseline,
            Ratio = ratio,
            Significance = Math.Round(strongest.Significance, 2),
            OutletCount = input.OutletCount,
            EngagementPerPost = Math.Round(engagement, 1),
            WindowClosesAt = closes,
            Explanations = explanations,
        };
    }

    private static (double Hours, double HalfLife) HoursLeft(int volume, int previous, double? baseline)
    {
        var usual = Math.Max(1.0, (baseline ?? 0) * 1.2);
        var halfLife = previous > volume && volume > 0 ? Math.Log(2) / Math.Log((double)previous / volume) : TypicalHalfLifeHours;
        if (volume <= usual)
        {
            return (0, halfLife);
        }

        return (Math.Round(Math.Min(MaxWindowHours, halfLife * Math.Log2(volume / usual)), 1), halfLife);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
