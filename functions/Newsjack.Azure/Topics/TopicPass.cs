using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;
using Newsjack.Core.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The Core topics stage resumed from stored state (glue only; the algorithms are Core's): known items keep their
/// story, new ones are placed, texts not yet counted go into the trend sketch, and every story or hashtag with
/// activity in the window becomes a topic, most significant first, as <see cref="TopicDetector"/> orders them.
/// </summary>
public sealed class TopicPass(TopicsOptions options)
{
    public TopicPassResult Run(TopicState state, IReadOnlyList<StoredNewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(posts);
        var from = now - options.Window;
        var pruneBefore = now - TimeSpan.FromDays(options.PruneDays);

        // Items published before the prune horizon would be pruned at once and placed again every run.
        var fresh = items.Where(i => i.Item.PublishedAt >= pruneBefore).ToList();
        var clusterer = new StoryClusterer(null, state.Clusterer);
        var (documents, stories) = (clusterer.Frequencies.Documents, clusterer.Clusters.Count);
        clusterer.AddBatch(fresh.Select(i => i.Item));
        clusterer.Prune(pruneBefore);
        var clustererChanged = clusterer.Frequencies.Documents != documents || clusterer.Clusters.Count != stories;

        var countFrom = state.CountedThrough is { } counted && counted > from ? counted : from;
        var (trends, sketchChanged) = Count(state.Sketch, fresh, posts, countFrom, now);

        var links = new TopicBuzzLinker(clusterer).Link(posts);
        var builder = new TopicBuilder(trends, now);
        var active = fresh.Select(i => clusterer.ClusterOf(i.Item.Id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var topics = TopicRanking.MostSignificantFirst(clusterer.Clusters
            .Where(s => active.Contains(s.Id) || s.LastSeen >= from || links.ByStory.ContainsKey(s.Id))
            .Select(s => builder.FromStory(s, links.ByStory.GetValueOrDefault(s.Id) ?? []))
            .Concat(links.ByHashtag.Select(p => builder.FromHashtag(p.Key, p.Value))));
        return new TopicPassResult(topics, clustererChanged ? clusterer.Export() : null, sketchChanged ? trends.Sketch : null, now);
    }

    /// <summary>Counts texts first seen (items) or created (posts) in [from, now), oldest first, then closes windows up to now.</summary>
    private static (TrendDetector Trends, bool Changed) Count(
        SignificanceSketch sketch, IReadOnlyList<StoredNewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset from, DateTimeOffset now)
    {
        var window = sketch.WindowIndex;
        var texts = items.Select(i => (Time: i.FirstSeenAt, Text: i.Item.Title + ". " + i.Item.Summary, Language: TextLanguages.FromCode(i.Item.Language)))
            .Concat(posts.Select(p => (Time: p.CreatedAt, Text: p.Text, Language: TextLanguages.FromCode(p.Lang))))
            .Where(t => t.Time >= from && t.Time < now)
            .OrderBy(t => t.Time)
            .ToList();
        var detector = new TrendDetector(sketch);
        foreach (var (time, text, language) in texts)
        {
            detector.Add(text, time, language);
        }

        sketch.AdvanceTo(sketch.WindowOf(now));
        return (detector, texts.Count > 0 || sketch.WindowIndex != window);
    }
}
