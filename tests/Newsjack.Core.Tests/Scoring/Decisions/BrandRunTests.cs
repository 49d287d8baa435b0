using System.Text.Json;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Report;
using Newsjack.Core.Serialization;
using Newsjack.Core.Tests.Brands;

namespace Newsjack.Core.Tests.Scoring.Decisions;

/// <summary>End to end over the real topic detector: items and posts in, the contract's score report out.</summary>
public sealed class BrandRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 15, 0, 0, TimeSpan.Zero);

    private static ScoreReport Run(string brandId)
    {
        static IEnumerable<string> Lines(string name) =>
            File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring", name)).Where(l => l.Length > 0);
        var items = Lines("scenarios-items.jsonl").Select(l => JsonSerializer.Deserialize(l, NewsjackJsonContext.Default.NewsItem)!).ToList();
        var posts = Lines("scenarios-buzz.jsonl").Select(l => JsonSerializer.Deserialize(l, NewsjackJsonContext.Default.BuzzPost)!).ToList();
        var brand = BrandJson.Fixture(brandId);
        var (topics, subjects) = BrandRun.Detect(items, posts, Now);
        // Without embeddings or a meaning reader the pass never waits.
        var judged = new ScoringPass(BrandScorer.Default).ScoreAsync(subjects, [BrandHistory.None(brand)], Now, CancellationToken.None).GetAwaiter().GetResult();
        return ScoreReportBuilder.Build(brand.Id, Now, topics, judged[0].Scores.Scores);
    }

    [Fact]
    public void Blackout_is_suggested_and_the_social_only_WhyIStayed_tag_is_floor()
    {
        var report = Run("snapwell-snacks");

        var blackout = report.Topics.Single(t => t.ItemIds.Contains("b1"));
        var tag = report.Topics.Single(t => t.Label.Equals("#WhyIStayed", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("suggest", blackout.Decision);
        Assert.Equal("floor", tag.Risk.Tier);
        Assert.Contains(tag.Risk.Categories, c => c.Id == "crime_harmful_acts" && c.Tier == "floor");
    }

    [Fact]
    public void Every_item_is_in_exactly_one_topic_and_tiers_are_the_worst_category()
    {
        var report = Run("lumen-hair");

        Assert.Equal(["b1", "b2", "b3", "c1", "o1", "o2"], report.Topics.SelectMany(t => t.ItemIds).Order(StringComparer.Ordinal));
        Assert.All(report.Topics, t => Assert.InRange(t.Relevance, 0, 1));
        Assert.All(report.Topics.Where(t => t.Risk.Categories.Count == 0), t => Assert.Equal("none", t.Risk.Tier));
        Assert.Equal("suggest", report.Topics.Single(t => t.ItemIds.Contains("o1")).Decision);
    }

    [Fact]
    public void Report_serializes_with_the_contract_field_names()
    {
        var json = JsonSerializer.Serialize(Run("skyway-air"), NewsjackJsonContext.Default.ScoreReport);
        using var doc = JsonDocument.Parse(json);

        Assert.Equal("skyway-air", doc.RootElement.GetProperty("brand").GetString());
        var topic = doc.RootElement.GetProperty("topics")[0];
        foreach (var field in new[] { "id", "label", "itemIds", "postCount", "relevance", "risk", "decision", "reasons" })
        {
            Assert.True(topic.TryGetProperty(field, out _), field);
        }

        Assert.True(topic.GetProperty("risk").TryGetProperty("categories", out _));
    }
}
