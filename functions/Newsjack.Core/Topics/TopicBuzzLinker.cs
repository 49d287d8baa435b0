using Newsjack.Core.Buzz;
using Newsjack.Core.Text;

namespace Newsjack.Core.Topics;

/// <summary>
/// Attaches posts to stories: first by a shared article link, then by a hashtag the story uses (or that spells one
/// of its key phrases, #RedCarpet → "red carpet"), then by words (cosine with the story centre and two shared terms).
/// Posts left over group by hashtag; a hashtag with enough posts becomes a social topic of its own.
/// </summary>
public sealed class TopicBuzzLinker
{
    private readonly StoryClusterer _clusterer;
    private readonly BuzzLinkOptions _options;
    private readonly Dictionary<string, string> _byLink = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoryCluster>> _byTerm = new(StringComparer.Ordinal);

    public TopicBuzzLinker(StoryClusterer clusterer, BuzzLinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        _clusterer = clusterer;
        _options = options ?? new BuzzLinkOptions();
        foreach (var story in clusterer.Clusters.OrderBy(c => c.FirstSeen))
        {
            IndexStory(story);
        }
    }

    public BuzzLinks Link(IEnumerable<BuzzPost> posts)
    {
        var byStory = new Dictionary<string, List<BuzzPost>>(StringComparer.Ordinal);
        var leftOver = new List<(BuzzPost Post, NormalizedText Text)>();
        foreach (var post in posts)
        {
            var text = TextNormalizer.Normalize(post.Text, post.Lang);
            var story = StoryFor(text);
            if (story is null)
            {
                leftOver.Add((post, text));
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

    private string? StoryFor(NormalizedText text)
    {
        foreach (var url in text.Urls)
        {
            if (LinkKey.Of(url) is { } key && _byLink.TryGetValue(key, out var linked))
            {
                return linked;
            }
        }

        foreach (var tag in text.Hashtags)
        {
            if (_byTag.TryGetValue(tag, out var tagged))
            {
                return tagged;
            }
        }

        var features = new ItemTerms(text, TextNormalizer.Normalize(string.Empty)).Weigh(_clusterer.Frequencies, 1.0);
        var candidates = features.Terms.SelectMany(t => _byTerm.GetValueOrDefault(t) ?? []).Distinct();
        var best = candidates
            .Select(c => (Story: c, Score: c.Cosine(features.Weights)))
            .Where(c => c.Score >= _options.SimilarityThreshold && c.Story.SharedTerms(features.Terms) >= _options.MinSharedTerms)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        return best.Story?.Id;
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

        foreach (var term in story.Centroid.Keys.Where(f => !f.Contains(' ', StringComparison.Ordinal)))
        {
            if (!_byTerm.TryGetValue(term, out var list))
            {
                _byTerm[term] = list = [];
            }

            list.Add(story);
        }
    }
}
