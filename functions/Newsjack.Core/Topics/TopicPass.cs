using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Text;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Topics;

/// <summary>
/// The topics stage, one function for both callers: the stored pipeline (`DetectTopics`, resumed from its state
/// blobs) and the stateless commands (<see cref="TopicDetector"/>: <see cref="TopicPassState.Empty"/>). Known items
/// keep their story, new ones are placed, each source partition's texts not yet counted go into that partition's
/// trend sketch, and every story or hashtag with activity in the window becomes a topic, most significant first,
/// read against the partition sketches merged into one view.
/// </summary>
public sealed class TopicPass(TopicPassOptions options)
{
    /// <summary>The sketch news items are counted in (Event Hub partition ids are numbers, HTTP posts come as `http`).</summary>
    public const string NewsPartition = "news";

    /// <summary>
    /// One pass; <paramref name="meanings"/> (item embeddings by id, see <see cref="ItemMeanings"/>) group stories by
    /// meaning too; <paramref name="postTerms"/>, held by a caller that runs again, spares normalizing the posts it
    /// saw before (the links are the same either way).
    /// </summary>
    public TopicPassResult Run(
        TopicPassState state, IReadOnlyList<StoredNewsItem> items, IReadOnlyList<SourcedBuzzPost> sourced, DateTimeOffset now,
        IReadOnlyDictionary<string, float[]>? meanings = null, PostTermsCache? postTerms = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sourced);
        var from = options.Window is { } window ? now - window : DateTimeOffset.MinValue;
        var pruneBefore = options.PruneAfter is { } prune ? now - prune : (DateTimeOffset?)null;
        var posts = sourced.Select(p => p.Post).ToList();

        // Items published before the prune horizon would be pruned at once and placed again every run.
        var fresh = pruneBefore is { } horizon ? [.. items.Where(i => i.Item.PublishedAt >= horizon)] : items;
        var clusterer = new StoryClusterer(options.Cluster, state.Clusterer);
        var (documents, stories) = (clusterer.Frequencies.Documents, clusterer.Clusters.Count);
        clusterer.AddBatch(fresh.Select(i => i.Item), meanings);
        if (pruneBefore is { } before)
        {
            clusterer.Prune(before);
        }

        var clustererChanged = clusterer.Frequencies.Documents != documents || clusterer.Clusters.Count != stories;

        var texts = fresh.Select(i => (Partition: NewsPartition, Time: i.FirstSeenAt, Text: i.Item.Title + ". " + i.Item.Summary, Language: TextLanguages.FromCode(i.Item.Language)))
            .Concat(sourced.Select(p => (p.Partition, Time: p.Post.CreatedAt, Text: p.Post.Text, Language: TextLanguages.FromCode(p.Post.Lang))))
            .ToLookup(t => t.Partition, t => (t.Time, t.Text, t.Language), StringComparer.Ordinal);
        var trendOptions = options.WindowsEndAtNow ? options.Trend with { Origin = now } : options.Trend;
        // Windows that end at now close just before it, so the last full window is the current one.
        var closeAt = options.WindowsEndAtNow ? now.AddTicks(-1) : now;
        var sketches = new List<SignificanceSketch>();
        var changed = new Dictionary<string, SignificanceSketch>(StringComparer.Ordinal);
        foreach (var partition in state.Sketches.Keys.Union(texts.Select(g => g.Key), StringComparer.Ordinal))
        {
            var stored = state.Sketches.GetValueOrDefault(partition);
            var sketch = stored?.Sketch ?? new SignificanceSketch(trendOptions);
            var countFrom = stored?.CountedThrough is { } counted && counted > from ? counted : from;
            if (Count(sketch, texts[partition], countFrom, now, closeAt))
            {
                changed[partition] = sketch;
            }

            sketches.Add(sketch);
        }

        var trends = new TrendDetector(MergedTrendView.Of(sketches, trendOptions, closeAt));
        // With a held cache each post is normalized once per host, for the linker and the builder alike; without one
        // (one-off commands) nothing is held, at the cost of normalizing linked posts twice.
        postTerms?.Begin();
        Func<BuzzPost, PostTerms> termsOf = postTerms is null ? PostTerms.Of : postTerms.Of;
        var links = new TopicBuzzLinker(clusterer, options.Links).Link(posts, termsOf);
        var builder = new TopicBuilder(trends, now, termsOf);
        var active = fresh.Select(i => clusterer.ClusterOf(i.Item.Id)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var topics = TopicRanking.MostSignificantFirst(clusterer.Clusters
            .Where(s => active.Contains(s.Id) || s.LastSeen >= from || links.ByStory.ContainsKey(s.Id))
            .Select(s => builder.FromStory(s, links.ByStory.GetValueOrDefault(s.Id) ?? []))
            .Concat(links.ByHashtag.Select(p => builder.FromHashtag(p.Key, p.Value))));
        postTerms?.Sweep();
        return new TopicPassResult(topics, clustererChanged ? clusterer.Export() : null, changed, now);
    }

    /// <summary>
    /// Counts one partition's texts first seen (items) or created (posts) in [from, now), oldest first, then closes
    /// windows up to <paramref name="closeAt"/>; true when the sketch changed.
    /// </summary>
    private static bool Count(SignificanceSketch sketch, IEnumerable<(DateTimeOffset Time, string Text, TextLanguage Language)> texts, DateTimeOffset from, DateTimeOffset now, DateTimeOffset closeAt)
    {
        var window = sketch.WindowIndex;
        var counted = 0;
        var detector = new TrendDetector(sketch);
        foreach (var (time, text, language) in texts.Where(t => t.Time >= from && t.Time < now).OrderBy(t => t.Time))
        {
            detector.Add(text, time, language);
            counted++;
        }

        sketch.AdvanceTo(sketch.WindowOf(closeAt));
        return counted > 0 || sketch.WindowIndex != window;
    }
}
