using Newsjack.Core.Buzz;
namespace Newsjack.Core.Topics;

/// <summary>
/// Attaches posts to stories: first by a shared article link, then by a hashtag the story uses (or that spells one
/// of its key phrases, #RedCarpet → "red carpet"), then by words (cosine with the story centre and two shared terms;
/// the candidates are the latest stories to use one of the post's words, see <see cref="StoryIndex"/>, so a post costs
/// the same however many stories there are).
/// Posts left over group by hashtag; a hashtag with enough posts becomes a social topic of its own.
/// </summary>
public sealed class TopicBuzzLinker
{
    private readonly StoryClusterer _clusterer;
    private readonly BuzzLinkOptions _options;
    private readonly Dictionary<string, string> _byLink = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryCluster> _stories = new(StringComparer.Ordinal);
    private readonly StoryIndex _byTerm = new();

    public TopicBuzzLinker(StoryClusterer clusterer, BuzzLinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        _clusterer = clusterer;
        _options = options ?? new BuzzLinkOptions();
        foreach (var story in clusterer.Clusters.OrderBy(c => c.FirstSeen))
        {
            IndexStory(story);
        }

        // Oldest first, so each word keeps the stories that used it last.
        foreach (var story in clusterer.Clusters.OrderBy(c => c.LastSeen).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            _stories[story.Id] = story;
            _byTerm.Add(story.Id, story.Centroid.Keys);
        }
    }

    /// <summary>Links <paramref name="posts"/>; <paramref name="termsOf"/> (a <see cref="PostTermsCache"/>) spares normalizing a post seen before.</summary>
    public BuzzLinks Link(IEnumerable<BuzzPost> posts, Func<BuzzPost, PostTerms>? termsOf = null)
    {
        ArgumentNullException.ThrowIfNull(posts);
        termsOf ??= PostTerms.Of;
        var byStory = new Dictionary<string, List<BuzzPost>>(StringComparer.Ordinal);
        var leftOver = new List<(BuzzPost Post, IReadOnlyList<string> Hashtags)>();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var weights = new double[64];
        foreach (var post in posts)
        {
            var terms = termsOf(post);
            if (weights.Length < terms.Features.Length)
            {
                weights = new double[Math.Max(terms.Features.Length, weights.Length * 2)];
            }

            var story = StoryFor(terms, weights, candidates);
            if (story is null)
            {
                leftOver.Add((post, terms.Hashtags));
                continue;
            }

            if (!byStory.TryGetValue(story, out var list))
            {
                byStory[story] = list = [];
            }

            list.Add(post);
        }

        var byHashtag = HashtagGroups.Group(leftOver, _options.MinHashtagPosts);
        var unlinked = leftOver.Count - byHashtag.Values.Sum(p => p.Count);
        return new BuzzLinks(
            byStory.ToDictionary(p => p.Key, p => (IReadOnlyList<BuzzPost>)p.Value, StringComparer.Ordinal),
            byHashtag,
            unlinked);
    }

    private string? StoryFor(PostTerms terms, double[] weights, HashSet<string> candidates)
    {
        foreach (var key in terms.LinkKeys)
        {
            if (_byLink.TryGetValue(key, out var linked))
            {
                return linked;
            }
        }

        foreach (var tag in terms.Hashtags)
        {
            if (_byTag.TryGetValue(tag, out var tagged))
            {
                return tagged;
            }
        }

        if (terms.Features.Length == 0)
        {
            return null;
        }

        var unit = weights.AsSpan(0, terms.Features.Length);
        _clusterer.Frequencies.UnitWeights(terms.Features, terms.Counts, unit);
        // The post's words find a bounded list of stories (common words and all but the latest users of a word left out).
        candidates.Clear();
        _byTerm.AddCandidates(candidates, terms.Terms, _clusterer.Frequencies);
        StoryCluster? best = null;
        var bestScore = 0.0;
        foreach (var id in candidates)
        {
            var story = _stories[id];
            var score = story.Cosine(terms.Features, unit);
            if (score < _options.SimilarityThreshold || story.SharedTerms(terms.Terms) < _options.MinSharedTerms)
            {
                continue;
            }

            // Ties go to the smaller id, so the outcome does not depend on set order.
            if (best is null || score > bestScore || (score == bestScore && string.CompareOrdinal(id, best.Id) < 0))
            {
                (best, bestScore) = (story, score);
            }
        }

        return best?.Id;
    }

    private void IndexStory(StoryCluster story)
    {
        foreach (var link in story.Links)
        {
            _byLink.TryAdd(link, story.Id);
        }

        foreach (var tag in story.Hashtags.Keys)
        {
            _byTag.TryAdd(tag, story.Id);
        }

        var top = story.Centroid.OrderByDescending(p => p.Value).Take(10).Select(p => p.Key).ToList();
        foreach (var phrase in top.Where(f => f.Contains(' ', StringComparison.Ordinal)))
        {
            _byTag.TryAdd(phrase.Replace(" ", string.Empty, StringComparison.Ordinal), story.Id);
        }
    }
}
