using Newsjack.Core.News;

namespace Newsjack.Core.Topics;

/// <summary>
/// Online, single-pass story clustering. Each item joins the active story whose centre is most similar (cosine of
/// tf-idf vectors, at least <see cref="StoryClusterOptions.MinSharedTerms"/> shared terms) or starts a new one whose
/// id comes from that first item, so ids stay stable as stories grow and across restarts (<see cref="Export"/>).
/// Syndicated copies (SimHash) join their original's story without moving its centre.
/// </summary>
public sealed class StoryClusterer
{
    private const int LabelCandidates = 8;
    private const int LookupFeatures = 12;
    private readonly StoryClusterOptions _options;
    private readonly Dictionary<string, StoryCluster> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _itemToCluster = new(StringComparer.Ordinal);
    private readonly StoryIndex _index = new();
    private readonly StoryIndex _byName = new();
    private readonly NearDuplicateIndex _duplicates;

    public StoryClusterer(StoryClusterOptions? options = null, StoryClustererState? state = null)
    {
        _options = options ?? new StoryClusterOptions();
        _duplicates = new NearDuplicateIndex(_options.DuplicateDistance);
        Frequencies = new DocumentFrequencies(state?.DocumentFrequencies, state?.Documents ?? 0);
        foreach (var cluster in state?.Clusters ?? [])
        {
            Restore(cluster);
        }

        // Oldest first, so each feature keeps the stories that took it last, as they were when saved.
        foreach (var cluster in _clusters.Values.OrderBy(c => c.LastSeen).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            _index.Add(cluster.Id, cluster.Centroid.Keys);
            _byName.Add(cluster.Id, cluster.Names.Keys);
        }
    }

    public DocumentFrequencies Frequencies { get; }

    public IReadOnlyCollection<StoryCluster> Clusters => _clusters.Values;

    public string? ClusterOf(string itemId) => _itemToCluster.GetValueOrDefault(itemId);

    /// <summary>
    /// Adds a batch in time order: all items count towards term frequencies first, then each is placed.
    /// <paramref name="meanings"/> (sentence embeddings by item id, unit length) let items of one story told in other
    /// words join it (see <see cref="StoryMeaning"/>); without them clustering is by words alone.
    /// </summary>
    public void AddBatch(IEnumerable<NewsItem> items, IReadOnlyDictionary<string, float[]>? meanings = null)
    {
        var fresh = items.Where(i => !_itemToCluster.ContainsKey(i.Id)).DistinctBy(i => i.Id)
            .OrderBy(i => i.PublishedAt).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => (Item: i, Terms: ItemTerms.Of(i))).ToList();
        foreach (var (_, terms) in fresh)
        {
            Frequencies.Add(terms.DistinctFeatures());
        }

        foreach (var (item, terms) in fresh)
        {
            Place(item, terms, meanings?.GetValueOrDefault(item.Id));
        }
    }

    /// <summary>Adds one item (counting its terms) and returns its story's id; an item seen before keeps its story.</summary>
    public string Add(NewsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (_itemToCluster.TryGetValue(item.Id, out var known))
        {
            return known;
        }

        var terms = ItemTerms.Of(item);
        Frequencies.Add(terms.DistinctFeatures());
        return Place(item, terms, null);
    }

    public StoryClustererState Export() => new()
    {
        Clusters = [.. _clusters.Values],
        DocumentFrequencies = new Dictionary<string, int>(Frequencies.Counts, StringComparer.Ordinal),
        Documents = Frequencies.Documents,
    };

    /// <summary>Forgets stories with no item since <paramref name="before"/>, bounding persisted state.</summary>
    public void Prune(DateTimeOffset before)
    {
        var old = _clusters.Values.Where(c => c.LastSeen < before).ToList();
        var itemIds = old.SelectMany(c => c.ItemIds).ToHashSet(StringComparer.Ordinal);
        foreach (var cluster in old)
        {
            // The indexes forget its id when they next meet it.
            _clusters.Remove(cluster.Id);
        }

        foreach (var id in itemIds)
        {
            _itemToCluster.Remove(id);
        }

        _duplicates.Remove(itemIds);
    }

    private string Place(NewsItem item, ItemTerms terms, float[]? meaning)
    {
        var hash = SimHash.Of(terms.Title.Terms.Concat(terms.Summary.Terms));
        var original = _duplicates.FindOriginal(hash);
        if (original is not null && _itemToCluster.TryGetValue(original, out var originalCluster))
        {
            var story = _clusters[originalCluster];
            story.DuplicateItemIds.Add(item.Id);
            Record(story, item, 0);
            return story.Id;
        }

        var features = terms.Weigh(Frequencies, _options.TitleWeight);
        var harm = HarmSignal.Of(item);
        var names = terms.NameWords();
        var cluster = BestMatch(features, item.PublishedAt, harm)
            ?? (meaning is null ? null : BestMeaning(meaning, names, item.PublishedAt, harm))
            ?? Open(item);
        cluster.HarmItems += harm ? 1 : 0;
        StoryMeaning.Add(cluster, meaning, names, _options.StoryNames);
        _byName.Add(cluster.Id, names);
        StoryCentroid.Add(cluster, features, _options.CentroidTerms);
        _index.Add(cluster.Id, cluster.Centroid.Keys);
        if (cluster.LabelCandidates.Count < LabelCandidates)
        {
            cluster.LabelCandidates.Add(new LabelCandidate(item.Title, features.Weights));
        }

        foreach (var tag in terms.Title.Hashtags.Concat(terms.Summary.Hashtags))
        {
            cluster.Hashtags[tag] = cluster.Hashtags.GetValueOrDefault(tag) + 1;
        }

        Record(cluster, item, hash);
        _duplicates.Add(hash, item.Id);
        return cluster.Id;
    }

    private StoryCluster? BestMatch(WeightedFeatures features, DateTimeOffset at, bool harm)
    {
        // The item's strongest features find the candidates.
        var lookup = features.Weights.OrderByDescending(p => p.Value).Take(LookupFeatures).Select(p => p.Key);
        var candidates = _index.Candidates(lookup, id => Active(id, at), Frequencies);
        StoryCluster? best = null;
        var bestScore = 0.0;
        foreach (var id in candidates)
        {
            var cluster = _clusters[id];
            var score = at - cluster.LastSeen > _options.MaxGap ? 0 : cluster.Cosine(features.Weights);
            var leastShared = harm == cluster.HarmItems > 0 ? _options.MinSharedTerms : Math.Max(_options.MinSharedTerms, _options.MixedHarmSharedTerms);
            var threshold = harm == cluster.HarmItems > 0 ? _options.SimilarityThreshold : Math.Max(_options.SimilarityThreshold, _options.MixedHarmThreshold);
            if (score < threshold || cluster.SharedIdeas(features) < leastShared)
            {
                continue;
            }

            // Ties go to the smaller id, so the outcome does not depend on set order (a resumed run agrees).
            if (best is null || score > bestScore || (score == bestScore && string.CompareOrdinal(id, best.Id) < 0))
            {
                (best, bestScore) = (cluster, score);
            }
        }

        return best;
    }

    // Candidates are the active stories that share a name with the item (the latest few per name): the name index is also the rule.
    private StoryCluster? BestMeaning(float[] meaning, IReadOnlySet<string> names, DateTimeOffset at, bool harm)
    {
        StoryCluster? best = null;
        var bestScore = 0.0;
        foreach (var id in _byName.Candidates(names, id => Active(id, at)).Order(StringComparer.Ordinal))
        {
            if (!_clusters.TryGetValue(id, out var cluster) || at - cluster.LastSeen > _options.MaxGap)
            {
                continue;
            }

            var threshold = harm == cluster.HarmItems > 0 ? _options.MeaningThreshold : Math.Max(_options.MeaningThreshold, _options.MixedHarmMeaningThreshold);
            var score = StoryMeaning.Cosine(meaning, cluster.Meaning);
            if (score >= threshold && score > bestScore && StoryMeaning.NamesAgree(names, cluster, Frequencies))
            {
                (best, bestScore) = (cluster, score);
            }
        }

        return best;
    }

    // Kept in the indexes while within two gaps of the item: a late item may still join a story idle one gap before it.
    private bool Active(string id, DateTimeOffset at) => _clusters.TryGetValue(id, out var c) && at - c.LastSeen <= _options.MaxGap + _options.MaxGap;

    private StoryCluster Open(NewsItem item)
    {
        var cluster = new StoryCluster { Id = TopicIds.Unused(item.Id, _clusters.ContainsKey), FirstSeen = item.PublishedAt, LastSeen = item.PublishedAt };
        _clusters[cluster.Id] = cluster;
        return cluster;
    }

    private void Record(StoryCluster cluster, NewsItem item, ulong hash)
    {
        cluster.ItemIds.Add(item.Id);
        cluster.ItemHashes.Add(hash);
        cluster.ItemTimes.Add(item.PublishedAt);
        if (LinkKey.Of(item.Url) is { } link)
        {
            cluster.Links.Add(link);
        }

        var outlet = string.IsNullOrWhiteSpace(item.Source) ? "unknown" : item.Source.Trim();
        cluster.Outlets[outlet] = cluster.Outlets.GetValueOrDefault(outlet) + 1;
        cluster.FirstSeen = item.PublishedAt < cluster.FirstSeen ? item.PublishedAt : cluster.FirstSeen;
        cluster.LastSeen = item.PublishedAt > cluster.LastSeen ? item.PublishedAt : cluster.LastSeen;
        _itemToCluster[item.Id] = cluster.Id;
    }

    private void Restore(StoryCluster cluster)
    {
        cluster.CentroidNorm = Math.Sqrt(cluster.Centroid.Values.Sum(w => w * w));
        _clusters[cluster.Id] = cluster;

        for (var i = 0; i < cluster.ItemIds.Count; i++)
        {
            _itemToCluster[cluster.ItemIds[i]] = cluster.Id;
            _duplicates.Add(i < cluster.ItemHashes.Count ? cluster.ItemHashes[i] : 0, cluster.ItemIds[i]);
        }
    }
}
