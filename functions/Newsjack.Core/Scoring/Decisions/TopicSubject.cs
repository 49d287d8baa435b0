using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// Maps a detected <see cref="Topic"/> to what the scorers read. A topic carries only a few sample posts, so the
/// posts that use one of its hashtags are added from the input: a hashtag is judged by the posts under it.
/// </summary>
public static class TopicSubject
{
    private const int MaxPosts = 200;

    public static ScoringSubject From(Topic topic, IReadOnlyDictionary<string, NewsItem> items, IReadOnlyList<BuzzPost> posts)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(posts);
        var texts = topic.ItemIds.Where(items.ContainsKey).Select(id => items[id])
            .Select(i => new SubjectText(i.Id, string.IsNullOrWhiteSpace(i.Summary) ? i.Title : $"{i.Title}. {i.Summary}"))
            .ToList();
        var underTags = posts.Where(p => topic.Hashtags.Any(h => p.Text.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .Select(p => new SubjectText(p.Id, p.Text));
        var postTexts = topic.SamplePosts.Select(p => new SubjectText(p.Id, p.Text))
            .Concat(underTags)
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .Take(MaxPosts)
            .ToList();

        return new ScoringSubject
        {
            Id = topic.Id,
            Label = topic.Label,
            KeyTerms = topic.KeyTerms,
            Hashtags = topic.Hashtags,
            Items = texts,
            Posts = postTexts,
            MomentumSigma = topic.Momentum?.Significance,
            FirstSeen = topic.FirstSeen,
            LastSeen = topic.LastSeen,
        };
    }
}
