using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Text;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Topics;

/// <summary>
/// The whole topics stage over a set of items and posts, statelessly (what `newsjack topics` and `score` run):
/// cluster the items into stories, attach posts, count every text up to <c>now</c> in a trend sketch, and build
/// topics with momentum, most significant first. Every item lands in exactly one topic.
/// </summary>
public sealed class TopicDetector(StoryClusterOptions? clusterOptions = null, BuzzLinkOptions? linkOptions = null, TrendOptions? trendOptions = null)
{
    public IReadOnlyList<Topic> Detect(IReadOnlyList<NewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(posts);
        var clusterer = new StoryClusterer(clusterOptions);
        clusterer.AddBatch(items);
        var links = new TopicBuzzLinker(clusterer, linkOptions).Link(posts);
        var builder = new TopicBuilder(Trends(items, posts, now), now);
        var topics = clusterer.Clusters
            .Select(s => builder.FromStory(s, links.ByStory.GetValueOrDefault(s.Id) ?? []))
            .Concat(links.ByHashtag.Select(p => builder.FromHashtag(p.Key, p.Value)));
        return TopicRanking.MostSignificantFirst(topics);
    }

    private TrendDetector Trends(IReadOnlyList<NewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now)
    {
        var texts = items.Select(i => (Time: i.PublishedAt, Text: i.Title + ". " + i.Summary, Language: TextLanguages.FromCode(i.Language)))
            .Concat(posts.Select(p => (Time: p.CreatedAt, Text: p.Text, Language: TextLanguages.FromCode(p.Lang))))
            .Where(t => t.Time < now)
            .OrderBy(t => t.Time);
        // Windows end at `now`, so the current window is exactly the last hour (or whatever the window is).
        var options = (trendOptions ?? new TrendOptions()) with { Origin = now };
        var detector = new TrendDetector(new SignificanceSketch(options));
        foreach (var (time, text, language) in texts)
        {
            detector.Add(text, time, language);
        }

        detector.Sketch.AdvanceTo(detector.Sketch.WindowOf(now.AddTicks(-1)));
        return detector;
    }
}
