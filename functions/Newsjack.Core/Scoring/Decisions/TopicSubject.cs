using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// Maps detected <see cref="Topic"/>s to what the scorers read. A topic carries only a few sample posts, so the
/// posts that use one of its hashtags (the same tag, not one that starts with it: #Tag1 is not #Tag12) are added
/// from the input: a hashtag is judged by the posts under it. Posts are indexed by hashtag once, so the cost grows
/// with the posts plus the topics, not their product.
/// </summary>
public static class TopicSubject
{
    private const int MaxPosts = 200;

    public static IReadOnlyList<ScoringSubject> FromAll(IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, NewsItem> items, IReadOnlyList<BuzzPost> posts)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(posts);
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var tag in TextNormalizer.Hashtags(posts[i].Text).Distinct(StringComparer.Ordinal))
            {
                if (!byTag.TryGetValue(tag, out var list))
                {
                    byTag[tag] = list = [];
                }

                list.Add(i);
            }
        }

        return [.. topics.Select(t => From(t, items, posts, byTag))];
    }

    private static ScoringSubject From(Topic topic, IReadOnlyDictionary<string, NewsItem> items, IReadOnlyList<BuzzPost> posts, Dictionary<string, List<int>> byTag)
    {
        var texts = topic.ItemIds.Where(items.ContainsKey).Select(id => items[id])
            .Select(i => new SubjectText(i.Id, string.IsNullOrWhiteSpace(i.Summary) ? i.Title : $"{i.Title}. {i.Summary}"))
            .ToList();
        var tagged = topic.Hashtags.SelectMany(TextNormalizer.Hashtags).Distinct(StringComparer.Ordinal)
            .Select(t => byTag.GetValueOrDefault(t)).OfType<List<int>>().ToList();
        var postTexts = topic.SamplePosts.Select(p => new SubjectText(p.Id, p.Text))
            .Concat(InOrder(tagged).Select(i => new SubjectText(posts[i].Id, posts[i].Text)))
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

    // The posts under any of the tags in input order, each once, read lazily: the caller stops at MaxPosts.
    private static IEnumerable<int> InOrder(List<List<int>> lists)
    {
        var at = new int[lists.Count];
        var last = -1;
        while (true)
        {
            var next = -1;
            for (var l = 0; l < lists.Count; l++)
            {
                while (at[l] < lists[l].Count && lists[l][at[l]] <= last)
                {
                    at[l]++;
                }

                if (at[l] < lists[l].Count && (next < 0 || lists[l][at[l]] < next))
                {
                    next = lists[l][at[l]];
                }
            }

            if (next < 0)
            {
                yield break;
            }

            yield return last = next;
        }
    }
}
