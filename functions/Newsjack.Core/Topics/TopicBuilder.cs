using Newsjack.Core.Buzz;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Topics;

/// <summary>
/// Turns a story or a hashtag group, with its posts and the trend sketch, into the <see cref="Topic"/> later stages
/// read; <paramref name="termsOf"/> gives each post's words (a <see cref="PostTermsCache"/>, so linking and building
/// normalize a post once).
/// </summary>
public sealed class TopicBuilder(TrendDetector trends, DateTimeOffset now, Func<BuzzPost, PostTerms>? termsOf = null)
{
    private readonly Func<BuzzPost, PostTerms> _termsOf = termsOf ?? PostTerms.Of;

    private const int SamplePosts = 5;

    public Topic FromStory(StoryCluster story, IReadOnlyList<BuzzPost> posts)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(posts);
        var keyTerms = TopicLabels.KeyTerms(story.Centroid);
        var hashtags = story.Hashtags.Select(p => (p.Key, p.Value))
            .Concat(posts.SelectMany(p => _termsOf(p).Hashtags).Select(t => (Key: t, Value: 1)))
            .GroupBy(p => p.Key, StringComparer.Ordinal).OrderByDescending(g => g.Sum(p => p.Value)).Select(g => g.Key).ToList();
        var outlets = story.Outlets.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var postTimes = posts.Select(p => p.CreatedAt).ToList();
        return new Topic
        {
            Id = story.Id,
            Label = TopicLabels.Label(story),
            KeyTerms = keyTerms,
            Hashtags = [.. hashtags.Take(10).Select(t => "#" + t)],
            ItemIds = story.ItemIds,
            DuplicateItemIds = story.DuplicateItemIds,
            PostCount = posts.Count,
            FirstSeen = Min(story.FirstSeen, postTimes),
            LastSeen = Max(story.LastSeen, postTimes),
            Outlets = outlets,
            SamplePosts = Samples(posts),
            Momentum = Momentum([.. story.ItemTimes, .. postTimes], outlets.Count, posts, keyTerms, hashtags),
        };
    }

    public Topic FromHashtag(string tag, IReadOnlyList<BuzzPost> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var texts = posts.Select(_termsOf).ToList();
        // Features are the post's distinct terms and phrases, in order of first use.
        var terms = texts.SelectMany(t => t.Features)
            .GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal);
        var times = posts.Select(p => p.CreatedAt).ToList();
        var keyTerms = TopicLabels.KeyTerms(terms);
        return new Topic
        {
            Id = TopicIds.For("#" + tag),
            Label = "#" + Spelling(tag, posts),
            Origin = TopicOrigin.Social,
            KeyTerms = keyTerms,
            Hashtags = [.. texts.SelectMany(t => t.Hashtags).GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => "#" + g.Key).Take(10)],
            PostCount = posts.Count,
            FirstSeen = times.Min(),
            LastSeen = times.Max(),
            SamplePosts = Samples(posts),
            Momentum = Momentum(times, 0, posts, keyTerms, [tag]),
        };
    }

    private TopicMomentum Momentum(List<DateTimeOffset> times, int outlets, IReadOnlyList<BuzzPost> posts, IReadOnlyList<string> keyTerms, IReadOnlyList<string> hashtags)
    {
        var unigrams = keyTerms.Where(t => !t.Contains(' ', StringComparison.Ordinal)).Take(4).ToList();
        var candidates = unigrams.Select(t => (Name: t, Value: trends.Term(t)))
            .Concat(hashtags.Take(2).Select(t => (Name: "#" + t, Value: trends.Hashtag(t))))
            .Concat(unigrams.Count >= 2 ? [(Name: unigrams[0] + " + " + unigrams[1], Value: trends.Pair(unigrams[0], unigrams[1]))] : [])
            .ToList();
        // Prefer terms with a baseline: "3.8× its usual" needs one, and a brand-new word says less than a known one surging.
        var pool = candidates.Any(c => c.Value.HasBaseline) ? candidates.Where(c => c.Value.HasBaseline).ToList() : candidates;
        var strongest = pool.Count == 0 ? (Name: (string?)null, Value: default(TermSignificance))
            : pool.MaxBy(c => c.Value.Significance);
        return MomentumEstimator.Estimate(new MomentumInput(times, outlets, posts.Count, posts.Sum(Engagement), strongest.Name, strongest.Value, now));
    }

    private static IReadOnlyList<TopicSamplePost> Samples(IReadOnlyList<BuzzPost> posts) =>
        [.. posts.OrderByDescending(Engagement).ThenBy(p => p.Id, StringComparer.Ordinal).Take(SamplePosts)
            .Select(p => new TopicSamplePost(p.Id, p.Platform, p.Text, p.CreatedAt, Engagement(p), p.Url))];

    private static long Engagement(BuzzPost post) => (post.Likes ?? 0) + (2 * (post.Shares ?? 0)) + (post.Replies ?? 0);

    private static string Spelling(string tag, IReadOnlyList<BuzzPost> posts)
    {
        foreach (var post in posts)
        {
            var at = post.Text.IndexOf("#" + tag, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return post.Text.Substring(at + 1, tag.Length);
            }
        }

        return tag;
    }

    private static DateTimeOffset Min(DateTimeOffset first, List<DateTimeOffset> others) => others.Count == 0 ? first : new[] { first, others.Min() }.Min();

    private static DateTimeOffset Max(DateTimeOffset first, List<DateTimeOffset> others) => others.Count == 0 ? first : new[] { first, others.Max() }.Max();
}
