using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Decisions;

public sealed class AlertFatigueGateTests
{
    // Lumen: 8 cards a day, cooldown 12 h, quiet 22:00-07:00 Europe/Amsterdam (UTC+1 in February).
    private static readonly BrandProfile Hair = BrandJson.Fixture("lumen-hair");
    private static readonly DateTimeOffset Afternoon = new(2026, 2, 3, 14, 0, 0, TimeSpan.Zero);
    private static readonly ScoringSubject Curls = Subjects.Make("Curly hair trend", ["Curly hair trend"], sigma: 3);

    private static SentCard Sent(string label, DateTimeOffset at, double sigma = 3, string? id = null) => new("lumen-hair", id ?? "other", label, at, sigma);

    [Fact]
    public void First_card_in_the_afternoon_is_sent() =>
        Assert.Equal(DeliveryAction.Send, AlertFatigueGate.Check(Curls, Hair, Afternoon, []).Action);

    [Fact]
    public void Same_story_within_cooldown_is_skipped()
    {
        var delivery = AlertFatigueGate.Check(Curls, Hair, Afternoon, [Sent("Curly hair trend grows", Afternoon.AddHours(-3))]);

        Assert.Equal(DeliveryAction.Skip, delivery.Action);
        Assert.StartsWith("cooldown:", delivery.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_story_after_cooldown_is_sent() =>
        Assert.Equal(DeliveryAction.Send, AlertFatigueGate.Check(Curls, Hair, Afternoon, [Sent("Curly hair trend", Afternoon.AddHours(-13))]).Action);

    [Fact]
    public void Sharp_momentum_jump_breaks_the_cooldown()
    {
        var surging = Curls with { MomentumSigma = 8 };

        var delivery = AlertFatigueGate.Check(surging, Hair, Afternoon, [Sent("Curly hair trend", Afternoon.AddHours(-2), sigma: 3)]);

        Assert.Equal(DeliveryAction.Send, delivery.Action);
        Assert.Contains("momentum jumped from 3.0 to 8.0", delivery.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_limit_counts_cards_of_the_local_day()
    {
        var history = Enumerable.Range(0, 8).Select(i => Sent($"story {i}", Afternoon.AddHours(-i - 1), id: $"s{i}")).ToList();

        var delivery = AlertFatigueGate.Check(Curls, Hair, Afternoon, history);

        Assert.Equal(DeliveryAction.Skip, delivery.Action);
        Assert.StartsWith("daily limit: 8 of 8", delivery.Reason, StringComparison.Ordinal);
        Assert.Equal(DeliveryAction.Send, AlertFatigueGate.Check(Curls, Hair, Afternoon.AddDays(1), history).Action);
    }

    [Fact]
    public void Quiet_hours_in_the_brand_zone_hold_the_card_until_morning()
    {
        var lateInAmsterdam = new DateTimeOffset(2026, 2, 3, 22, 30, 0, TimeSpan.Zero); // 23:30 local

        var delivery = AlertFatigueGate.Check(Curls, Hair, lateInAmsterdam, []);

        Assert.Equal(DeliveryAction.Hold, delivery.Action);
        Assert.Equal(new DateTimeOffset(2026, 2, 4, 6, 0, 0, TimeSpan.Zero), delivery.NotBefore);
    }

    [Fact]
    public void Extreme_momentum_is_sent_even_in_quiet_hours()
    {
        var night = new DateTimeOffset(2026, 2, 3, 23, 0, 0, TimeSpan.Zero);

        var delivery = AlertFatigueGate.Check(Curls with { MomentumSigma = 7 }, Hair, night, []);

        Assert.Equal(DeliveryAction.Send, delivery.Action);
        Assert.StartsWith("quiet hours 22:00-07:00 overridden", delivery.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_a_burst_yields_at_most_the_daily_limit_of_cards()
    {
        var burst = Enumerable.Range(0, 12).Select(i => Subjects.Make($"Hair story number{i} shampoo{i}", [$"New shampoo {i} for curly hair"])).ToList();

        var scores = BrandScorer.Default.ScoreAll(burst, Hair, Afternoon, []);

        Assert.Equal(8, scores.Count(s => s.Delivery?.Action == DeliveryAction.Send));
        Assert.Equal(4, scores.Count(s => s.Delivery?.Action == DeliveryAction.Skip));
    }
}
