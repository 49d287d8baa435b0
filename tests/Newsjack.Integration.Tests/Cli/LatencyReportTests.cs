using Newsjack.Cli.Latency;

namespace Newsjack.Integration.Tests.Cli;

public sealed class LatencyReportTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_every_burst()
    {
        var report = new LatencyReport("*/30 * * * * *", [.. Enumerable.Range(1, 20).Select(i => (double?)i)]);

        Assert.Equal((10.0, 19.0, 20.0, 0), (report.P50!.Value, report.P95!.Value, report.Max!.Value, report.Missed));
        Assert.StartsWith("burst to card in inbox over 20 bursts (TOPICS_SCHEDULE '*/30 * * * * *'): p50 10.0 s, p95 19.0 s, max 20.0 s, missed 0", report.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_burst_without_a_card_counts_as_slower_than_any_so_it_cannot_flatter_the_p95()
    {
        var report = new LatencyReport("*/30 * * * * *", [5, 6, null, 7]);

        Assert.Equal((6.0, 1), (report.P50!.Value, report.Missed));
        Assert.Null(report.P95);
        Assert.Contains("p95 no card, max no card, missed 1", report.Format(), StringComparison.Ordinal);
        Assert.Contains("each: 5.0, 6.0, none, 7.0", report.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_burst_has_its_own_one_word_hashtag_so_each_is_a_new_story_for_the_gate()
    {
        var tags = Enumerable.Range(0, 200).Select(BurstPosts.Hashtag).ToList();

        Assert.Equal(tags.Count, tags.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(tags, t => Assert.Matches("^#snackrush[a-z]+$", t));
    }
}
