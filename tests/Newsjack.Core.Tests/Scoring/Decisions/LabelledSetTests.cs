using System.Text.Json;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Evaluation;
using Newsjack.Core.Serialization;
using Newsjack.Core.Tests.Brands;

namespace Newsjack.Core.Tests.Scoring.Decisions;

/// <summary>
/// The labelled set (Fixtures/Scoring: 220 items, three brands, decoys both ways): no floor item may ever get a
/// card, and opportunity recall and suggestion precision must be at least 0.85 for every brand.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> BrandIds => new(["snapwell-snacks", "lumen-hair", "skyway-air"]);

    private static IEnumerable<string> Lines(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring", name)).Where(l => l.Length > 0);

    internal static EvaluationReport Evaluate(string brandId)
    {
        var items = Lines("items.jsonl").Select(l => JsonSerializer.Deserialize(l, NewsjackJsonContext.Default.NewsItem)!).ToList();
        var labels = Lines("labels.jsonl").Select(l => JsonSerializer.Deserialize(l, NewsjackJsonContext.Default.ScoringLabel)!).ToList();
        var brand = BrandJson.Fixture(brandId);
        var scores = BrandScorer.Default.ScoreAll([.. items.Select(NewsItemSubject.From)], brand, Now, []);
        return ScoringEvaluator.Evaluate(labels, scores, brand);
    }

    [Theory]
    [MemberData(nameof(BrandIds))]
    public void No_floor_leaks_and_recall_and_precision_at_least_085(string brandId)
    {
        var report = Evaluate(brandId);
        output.WriteLine(report.Format());
        output.WriteLine("missed: " + string.Join(", ", report.MissedOpportunities.Select(c => $"{c.ItemId}({c.PredictedTier},{c.Predicted})")));
        output.WriteLine("false cards: " + string.Join(", ", report.FalseCards.Select(c => $"{c.ItemId}({c.ExpectedTier}->{c.PredictedTier},{c.Expected})")));

        Assert.Empty(report.FloorLeaks);
        Assert.InRange(report.Recall, 0.85, 1);
        Assert.InRange(report.Precision, 0.85, 1);
    }
}
