namespace Newsjack.Core.Topics;

/// <summary>
/// Inverted index from centre features to story ids, to find the few stories an item could join without
/// comparing it with every story.
/// </summary>
internal sealed class StoryIndex
{
    private const int LookupFeatures = 12;
    private readonly Dictionary<string, HashSet<string>> _postings = new(StringComparer.Ordinal);

    public void Add(StoryCluster story)
    {
        foreach (var feature in story.Centroid.Keys)
        {
            if (!_postings.TryGetValue(feature, out var ids))
            {
                _postings[feature] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(story.Id);
        }
    }

    /// <summary>
    /// Stories sharing one of the item's strongest features. Features in more than 2% of items (and over 100) are
    /// too common to find candidates by (they still score). Ids failing <paramref name="keep"/> are forgotten.
    /// </summary>
    public HashSet<string> Candidates(WeightedFeatures features, DocumentFrequencies frequencies, Func<string, bool> keep)
    {
        var commonAbove = Math.Max(100, frequencies.Documents / 50);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (feature, _) in features.Weights.OrderByDescending(p => p.Value).Take(LookupFeatures))
        {
            if (frequencies.Counts.GetValueOrDefault(feature) <= commonAbove && _postings.TryGetValue(feature, out var ids))
            {
                ids.RemoveWhere(id => !keep(id));
                candidates.UnionWith(ids);
            }
        }

        return candidates;
    }
}
