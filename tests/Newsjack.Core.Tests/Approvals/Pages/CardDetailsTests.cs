using Newsjack.Core.Approvals.Pages;
using static Newsjack.Core.Tests.Cards.CardBuilders;

namespace Newsjack.Core.Tests.Approvals.Pages;

/// <summary>The "why now" line the card page shows, made when the card is written.</summary>
public sealed class CardDetailsTests
{
    [Fact]
    public void Why_now_gives_the_significance_against_the_baseline_and_counts_in_words()
    {
        var details = CardDetails.From(Hair, Score(), Topic(), []);

        Assert.StartsWith("120 mentions in the last hour, 4.1 σ above baseline, 3 outlets, 90 posts.", details.WhyNow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_too_new_for_a_baseline_says_so_instead_of_zero_sigma_and_one_outlet_is_singular()
    {
        var topic = Topic();
        topic = topic with { Momentum = topic.Momentum! with { BaselinePerHour = null, Ratio = null, Significance = 0, OutletCount = 1 }, PostCount = 1 };

        var details = CardDetails.From(Hair, Score(), topic, []);

        Assert.StartsWith("120 mentions in the last hour, no baseline yet, 1 outlet, 1 post.", details.WhyNow, StringComparison.Ordinal);
    }
}
