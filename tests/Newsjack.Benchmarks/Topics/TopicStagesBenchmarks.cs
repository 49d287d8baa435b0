using BenchmarkDotNet.Attributes;
using Newsjack.Core.Brands;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Benchmarks.Topics;

/// <summary>
/// Stateless `score` without embeddings (clustering, post linking, hashtag subjects, scoring for one brand) at 1x,
/// 4x and 16x of 2,500 items and 20,000 posts, and at 50,000 items with 200,000 posts. Target: four times the input
/// costs at most five times the time; the largest case under 60 s. Run with `--job Dry` (one cold run each).
/// </summary>
[MemoryDiagnoser]
public class TopicStagesBenchmarks
{
    private static readonly BrandProfile Brand = new()
    {
        Id = "bench-snacks",
        Name = "Bench Snacks",
        Topics = [new BrandTopic("city", 1), new BrandTopic("fans", 1), new BrandTopic("team", 0.8)],
        TeamsWebhookSetting = "TEAMS_WEBHOOK_BENCH",
    };

    private IReadOnlyList<NewsItem> _items = [];
    private IReadOnlyList<BuzzPost> _posts = [];
    private DateTimeOffset _now;

    /// <summary>Items and posts as "items/posts".</summary>
    [Params("2500/20000", "10000/80000", "40000/320000", "50000/200000")]
    public string Size { get; set; } = "2500/20000";

    [GlobalSetup]
    public void Setup()
    {
        var counts = Size.Split('/');
        _items = SyntheticNews.Items(int.Parse(counts[0], System.Globalization.CultureInfo.InvariantCulture));
        _posts = SyntheticBuzz.Posts(_items, int.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture));
        _now = _items.Max(i => i.PublishedAt).AddHours(1);
    }

    [Benchmark]
    public int Score()
    {
        var (_, subjects) = BrandRun.Detect(_items, _posts, _now);
        var judged = new ScoringPass(BrandScorer.Default).ScoreAsync(subjects, [BrandHistory.None(Brand)], _now, CancellationToken.None).GetAwaiter().GetResult();
        return judged[0].Scores.LetThrough.Count;
    }
}
