namespace Newsjack.Core.Topics;

/// <summary>
/// Inverted index from features (centre terms, or name words) to story ids, to find the few stories a text could
/// join without comparing it with every story. Each feature keeps only the <see cref="MaxPostings"/> stories that took it most recently, so
/// a candidate list is bounded however large the window grows (an item joins an active story, and the active ones
/// are the recent ones).
/// </summary>
internal sealed class StoryIndex
{
    /// <summary>Stories kept per feature, the most recently grown last.</summary>
    public const int MaxPostings = 32;

    private readonly Dictionary<string, List<string>> _postings = new(StringComparer.Ordinal);

    /// <summary>Indexes (or refreshes) a story under features: it becomes the most recent under each.</summary>
    public void Add(string storyId, IEnumerable<string> features)
    {
        foreach (var feature in features)
        {
            if (!_postings.TryGetValue(feature, out var ids))
            {
                _postings[feature] = ids = [];
            }

            var at = ids.IndexOf(storyId);
            if (at >= 0)
            {
                ids.RemoveAt(at);
            }

            ids.Add(storyId);
            if (ids.Count > MaxPostings)
            {
                ids.RemoveAt(0);
            }
        }
    }

    /// <summary>
    /// Stories sharing one of <paramref name="features"/>. With <paramref name="frequencies"/>, features in more than
    /// 2% of items (and over 100) are too common to find candidates by (they still score). Ids failing
    /// <paramref name="keep"/> are forgotten.
    /// </summary>
    public HashSet<string> Candidates(IEnumerable<string> features, Func<string, bool> keep, DocumentFrequencies? frequencies = null)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        AddCandidates(candidates, features, frequencies, keep);
        return candidates;
    }

    /// <summary>As <see cref="Candidates"/>, into a set the caller reuses (one per post when linking thousands).</summary>
    public void AddCandidates(HashSet<string> candidates, IEnumerable<string> features, DocumentFrequencies? frequencies = null, Func<string, bool>? keep = null)
    {
        var commonAbove = frequencies is null ? long.MaxValue : Math.Max(100, frequencies.Documents / 50);
        foreach (var feature in features)
        {
            if ((frequencies?.Counts.GetValueOrDefault(feature) ?? 0) <= commonAbove && _postings.TryGetValue(feature, out var ids))
            {
                if (keep is not null)
                {
                    ids.RemoveAll(id => !keep(id));
                }

                candidates.UnionWith(ids);
            }
        }
    }
}
