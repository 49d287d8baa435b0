using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Evaluation;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Evaluation;

/// <summary>`eval --explain`: each wrong decision is listed with its item, its topic, the cause and the scorer's reasons.</summary>
public sealed class EvaluationExplanationTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 15, 0, 0, TimeSpan.Zero);

    private static ScoringSubject Subject(string id, string text) => new()
    {
        Id = "t-" + id,
        Label = text,
        Items = [new SubjectText(id, text)],
        MomentumSigma = 4,
        FirstSeen = Now.AddHours(-1),
        LastSeen = Now.AddMinutes(-5),
    };

    private static string Explain(params (string Id, string Text, string Tier, string[] RelevantTo)[] cases)
    {
        var brand = BrandJson.Fixture("snapwell-snacks");
        var scores = BrandScorer.Default.ScoreAll([.. cases.Select(c => Subject(c.Id, c.Text))], brand, Now, []);
        var labels = cases.Select(c => new ScoringLabel(c.Id, c.Tier, c.RelevantTo, null)).ToList();
        return EvaluationExplanation.Format(ScoringEvaluator.Evaluate(labels, scores, brand));
    }

    [Fact]
    public void Lists_a_leak_with_its_item_cause_and_reasons()
    {
        var text = Explain(("a1", "Free cookies and chocolate snacks at the bakery today", "floor", ["snapwell-snacks"]));

        Assert.Contains("floor leaks (a floor item got a card): 1", text, StringComparison.Ordinal);
        Assert.Contains("LEAK a1: expected suppress (tier floor), got suggest (tier none", text, StringComparison.Ordinal);
        Assert.Contains("[risk too low]", text, StringComparison.Ordinal);
        Assert.Contains("    item: Free cookies and chocolate snacks at the bakery today", text, StringComparison.Ordinal);
        Assert.Contains("    - risk none within tolerance medium", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_a_false_floor_as_a_miss_and_an_off_topic_card_as_false()
    {
        var text = Explain(
            ("c1", "Cookie factory explosion kills three workers", "none", ["snapwell-snacks"]),
            ("b1", "Chocolate cookie snack sale this weekend", "none", []));

        Assert.Contains("MISS c1: expected suggest (tier none), got suppress (tier floor", text, StringComparison.Ordinal);
        Assert.Contains("[false floor]", text, StringComparison.Ordinal);
        Assert.Contains("FALSE b1: expected ignore (tier none), got suggest", text, StringComparison.Ordinal);
        Assert.Contains("[relevant by words only]", text, StringComparison.Ordinal);
        Assert.Contains("floor leaks (a floor item got a card): 0", text, StringComparison.Ordinal);
    }
}
