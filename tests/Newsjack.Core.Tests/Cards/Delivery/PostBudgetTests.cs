using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Core.Tests.Cards.Delivery;

public sealed class PostBudgetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly PostBudget Budget = new(TimeSpan.FromSeconds(1), [new(TimeSpan.FromHours(1), 3), new(TimeSpan.FromDays(1), 5)]);

    [Fact]
    public void Within_budget_the_post_is_added_to_the_history()
    {
        var decision = Budget.Reserve([Now.AddMinutes(-30)], Now);

        Assert.True(decision.Allowed);
        Assert.Equal([Now.AddMinutes(-30), Now], decision.Sent);
    }

    [Fact]
    public void Spent_hour_holds_until_the_oldest_post_of_the_hour_ages_out()
    {
        var decision = Budget.Reserve([Now.AddMinutes(-50), Now.AddMinutes(-20), Now.AddMinutes(-10)], Now);

        Assert.False(decision.Allowed);
        Assert.Equal(Now.AddMinutes(10), decision.NotBefore);
        Assert.Equal("budget of 3 posts per 1 h spent until 2026-11-23 10:10:00Z", decision.Reason);
    }

    [Fact]
    public void Spent_day_holds_across_hours()
    {
        var sent = new[] { -20, -19, -18, -3, -2 }.Select(h => Now.AddHours(h)).ToList();

        var decision = Budget.Reserve(sent, Now);

        Assert.False(decision.Allowed);
        Assert.Equal(Now.AddHours(4), decision.NotBefore);
    }

    [Fact]
    public void Posts_are_paced_and_old_ones_pruned()
    {
        var paced = Budget.Reserve([Now.AddMilliseconds(-400)], Now);
        var pruned = Budget.Reserve([Now.AddDays(-2)], Now);

        Assert.Equal((false, Now.AddMilliseconds(600)), (paced.Allowed, paced.NotBefore));
        Assert.Equal([Now], pruned.Sent);
    }
}
