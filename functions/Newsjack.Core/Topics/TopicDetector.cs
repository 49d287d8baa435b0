using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Topics;

/// <summary>
/// The whole topics stage over a set of items and posts, statelessly (what `newsjack topics` and `score` run): the
/// same <see cref="TopicPass"/> the stored pipeline runs, on empty state, with every text up to <c>now</c> counted in
/// one trend sketch. Every item lands in exactly one topic, most significant first.
/// </summary>
public sealed class TopicDetector(StoryClusterOptions? clusterOptions = null, BuzzLinkOptions? linkOptions = null, TrendOptions? trendOptions = null)
{
    private readonly TopicPass _pass = new(TopicPassOptions.Stateless(clusterOptions, linkOptions, trendOptions));

    public IReadOnlyList<Topic> Detect(
        IReadOnlyList<NewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now, IReadOnlyDictionary<string, float[]>? meanings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(posts);
        // Without storage an item is "first seen" when published, and items and posts share one sketch.
        var stored = items.Select(i => new StoredNewsItem(i, [], i.PublishedAt, i.PublishedAt)).ToList();
        var sourced = posts.Select(p => new SourcedBuzzPost(p, TopicPass.NewsPartition)).ToList();
        return _pass.Run(TopicPassState.Empty, stored, sourced, now, meanings).Topics;
    }
}
