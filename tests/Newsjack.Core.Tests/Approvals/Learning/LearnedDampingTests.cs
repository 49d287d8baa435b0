using Newsjack.Core.Approvals.Learning;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Approvals.Learning;

public sealed class LearnedDampingTests
{
    private static readonly DateTimeOffset Now = Subjects.Now;
    private static readonly LearningOptions Options = new() { MinRejections = 2, DampingDays = 14, LookbackDays = 30, Factor = 0.5 };

    private static LearnedDecision Decided(string label, bool approved, double daysAgo, string? reason = "off-brand", string card = "c") =>
        new("snapwell-snacks", card, label, DecisionTerms.From(label), approved, approved ? null : reason, Now.AddDays(-daysAgo));

    private static TopicScore Score(LearnedDamping learned)
    {
        var subject = Subjects.Make("Stadium blackout halts the Super Bowl",
            ["Power outage stops the Super Bowl for 34 minutes", "Fans snack in the dark as the Super Bowl blackout drags on"],
            ["lights out at the super bowl, time for a snack"], ["#SuperBowl"]);
        return BrandScorer.Default.ScoreAll([subject], BrandJson.Fixture("snapwell-snacks"), Now, [], learned: learned)[0];
    }

    [Fact]
    public void Terms_rejected_twice_damp_matching_topics_and_the_reason_says_so()
    {
        var undamped = Score(LearnedDamping.None);
        var learned = LearnedDamping.From([Decided("Super Bowl halftime ad war", false, 3, "tone"), Decided("Super Bowl ticket prices soar", false, 1)], Now, Options);

        var damped = Score(learned);

        Assert.Equal(undamped.Relevance.Score * 0.5, damped.Relevance.Score, 6);
        var reason = Assert.Single(damped.Reasons, r => r.StartsWith("learned from decisions", StringComparison.Ordinal));
        Assert.Contains("'bowl', 'super' rejected 2 time(s) recently", reason, StringComparison.Ordinal);
        Assert.Contains("Off-brand for us", reason, StringComparison.Ordinal);
        Assert.Contains("Tone or wording is wrong", reason, StringComparison.Ordinal);
        Assert.Contains("until 2026-02-16", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(undamped.Reasons, r => r.StartsWith("learned", StringComparison.Ordinal));
    }

    [Fact]
    public void Enough_damping_turns_a_suggestion_into_ignore()
    {
        Assert.True(Score(LearnedDamping.None).Decision.SendsCard());
        var learned = LearnedDamping.From([Decided("Super Bowl blackout", false, 2), Decided("Super Bowl blackout again", false, 1)], Now, Options with { Factor = 0.05 });

        Assert.Equal(Decision.Ignore, Score(learned).Decision);
    }

    [Fact]
    public void One_rejection_or_rejections_balanced_by_approvals_damp_nothing()
    {
        Assert.Empty(LearnedDamping.From([Decided("Super Bowl ads", false, 1)], Now, Options).Terms);
        Assert.DoesNotContain(
            LearnedDamping.From([Decided("Super Bowl ads", false, 1), Decided("Super Bowl snacks", false, 2), Decided("Super Bowl snack win", true, 1)], Now, Options).Terms,
            t => t.Term == "bowl");
    }

    [Fact]
    public void Damping_ends_after_the_configured_period_and_old_decisions_are_forgotten()
    {
        var decisions = new[] { Decided("Super Bowl ads", false, 20), Decided("Super Bowl snacks", false, 15) };

        Assert.Empty(LearnedDamping.From(decisions, Now, Options).Terms);
        Assert.NotEmpty(LearnedDamping.From(decisions, Now, Options with { DampingDays = 16 }).Terms);
        Assert.Empty(LearnedDamping.From(decisions, Now, Options with { DampingDays = 16, LookbackDays = 10 }).Terms);
        Assert.Empty(LearnedDamping.From(decisions, Now, Options with { DampingDays = 16, Enabled = false }).Terms);
    }

    [Fact]
    public void Decision_terms_are_stems_without_stop_words_or_numbers() =>
        Assert.Equal(["stadium", "blackout", "halt", "super", "bowl"], DecisionTerms.From("Stadium blackout halts the Super Bowl 2026"));
}
