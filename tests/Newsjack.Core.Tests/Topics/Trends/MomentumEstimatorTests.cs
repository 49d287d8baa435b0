using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Tests.Topics.Trends;

public sealed class MomentumEstimatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Falling_mentions_close_the_window_at_the_observed_halving_rate()
    {
        var times = Mentions(hoursAgo: 0, 8).Concat(Mentions(hoursAgo: 1, 16)).Concat(Mentions(hoursAgo: 2, 16)).ToList();

        var momentum = MomentumEstimator.Estimate(new MomentumInput(times, 5, 0, 0, "storm", default, Now));

        Assert.Equal(8, momentum.Volume);
        Assert.Equal(-8, momentum.Velocity);
        Assert.Equal(-8, momentum.Acceleration);
        Assert.Equal(Now.AddHours(3), momentum.WindowClosesAt);
        Assert.Contains(momentum.Explanations, e => e.Contains("Window closing in about 3 hours", StringComparison.Ordinal) && e.Contains("halving every 1 hours", StringComparison.Ordinal));
        Assert.Contains("Carried by 5 outlets.", momentum.Explanations);
    }

    [Fact]
    public void Ratio_compares_the_last_hour_with_the_usual_rate_of_the_strongest_term()
    {
        var significance = new TermSignificance(19, 5, 2, (19 - 5) / (2 + 3.0), HasBaseline: true);

        var momentum = MomentumEstimator.Estimate(new MomentumInput([.. Mentions(0, 19)], 14, 2, 300, "bendgate", significance, Now));

        Assert.Equal(3.8, momentum.Ratio!.Value, 3);
        Assert.Equal(2.8, momentum.Significance);
        Assert.Equal(150, momentum.EngagementPerPost);
        Assert.Contains("3.8× its usual mentions: 'bendgate' normally gets 5 an hour.", momentum.Explanations);
        Assert.True(momentum.WindowClosesAt > Now);
    }

    [Fact]
    public void Topic_without_recent_mentions_has_a_closed_window_and_no_baseline_claim()
    {
        var momentum = MomentumEstimator.Estimate(new MomentumInput([Now.AddHours(-30)], 1, 0, 0, "volcano", default, Now));

        Assert.Equal(0, momentum.Volume);
        Assert.Null(momentum.Ratio);
        Assert.Equal(Now, momentum.WindowClosesAt);
        Assert.Contains("The window has closed: mentions are back to their usual rate.", momentum.Explanations);
        Assert.Contains(momentum.Explanations, e => e.StartsWith("No baseline yet", StringComparison.Ordinal));
    }

    private static IEnumerable<DateTimeOffset> Mentions(int hoursAgo, int count) =>
        Enumerable.Range(0, count).Select(i => Now.AddHours(-hoursAgo).AddMinutes(-1 - (i * 50.0 / count)));
}
