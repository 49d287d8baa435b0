using Newsjack.Core.Approvals.Report;
using Newsjack.Core.News;

namespace Newsjack.Core.Tests.Approvals.Report;

public sealed class BrandReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Since = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    private static ReportCard Card(string id, string state, double hoursAgo, double? decidedAfterMinutes = null, string? error = null) =>
        new(id, state, Now.AddHours(-hoursAgo), decidedAfterMinutes is { } m ? Now.AddHours(-hoursAgo).AddMinutes(m) : null, error);

    [Fact]
    public void Counts_decisions_on_delivered_cards_and_keeps_delivery_failures_apart()
    {
        ReportCard[] cards =
        [
            Card("a", "Published", 2, 4), Card("b", "PublishFailed", 3, 6), Card("c", "Rejected", 30, 10), Card("d", "Expired", 50, 360),
            Card("e", "Delivered", 1), Card("f", "DeliveryFailed", 1, error: "HTTP 400: bad card"), Card("g", "Queued", 0.1),
            Card("old", "Rejected", 24 * 5, 1),
        ];

        var report = BrandReportBuilder.Build(("lumen-hair", "Lumen Haircare"), Now, Since, cards, [], []);

        Assert.Equal((5, 2, 1, 1, 1, 1, 1), (report.CardsSent, report.Approved, report.Published, report.PublishFailed, report.Rejected, report.Expired, report.Pending));
        Assert.Equal(1, report.DeliveryFailures);
        Assert.Equal(["HTTP 400: bad card"], report.DeliveryErrors);

        // 4, 6 and 10 minutes: the expiry is not a decision, the card before the period is not counted.
        Assert.Equal(6, report.MedianMinutesToDecision);
        Assert.Equal((0, 0), (report.TopicsSeen, report.RelevantTopics));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two_and_none_without_decisions()
    {
        var even = BrandReportBuilder.Build(("b", "B"), Now, Since, [Card("a", "Approved", 1, 5), Card("b", "Rejected", 1, 8)], [], []);
        var none = BrandReportBuilder.Build(("b", "B"), Now, Since, [Card("a", "Delivered", 1)], [], []);

        Assert.Equal(6.5, even.MedianMinutesToDecision);
        Assert.Null(none.MedianMinutesToDecision);
    }

    [Fact]
    public void The_timeline_has_one_day_per_utc_day_of_the_period_and_only_suppressed_topics_are_listed()
    {
        ScoredTopicRow[] scored =
        [
            new("t1", "Salon fire", "suppress", "floor", ["deaths reported"], Now.AddHours(-1)),
            new("t2", "Oscars hair", "suggest", "none", ["matched hair"], Now.AddHours(-1)),
            new("t3", "Chip shortage", "ignore", "", [], Now.AddHours(-2)),
        ];
        var feeds = new[] { new FeedHealth { Feed = "variety", ConsecutiveFailures = 2, LastError = "HTTP 503" } };

        var report = BrandReportBuilder.Build(("b", "B"), Now, Since, [Card("a", "Approved", 1, 5), Card("c", "Rejected", 30, 3)], scored, feeds);

        Assert.Equal(["2026-11-21", "2026-11-22", "2026-11-23"], report.Timeline.Select(d => d.Day));
        Assert.Equal((1, 1, 0), (report.Timeline[2].Sent, report.Timeline[2].Approved, report.Timeline[2].Rejected));
        Assert.Equal((1, 0, 1), (report.Timeline[1].Sent, report.Timeline[1].Approved, report.Timeline[1].Rejected));
        Assert.Equal("Salon fire", Assert.Single(report.Suppressed).Label);
        // Every topic scored for the brand was seen; the ignored one was not relevant.
        Assert.Equal((3, 2), (report.TopicsSeen, report.RelevantTopics));
        Assert.Equal("HTTP 503", Assert.Single(report.Feeds).LastError);
    }
}
