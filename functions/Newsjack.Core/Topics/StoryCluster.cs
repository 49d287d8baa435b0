namespace Newsjack.Core.Topics;

/// <summary>
/// One story as the clusterer keeps it, and persists it (plain settable state, so JSON round-trips it).
/// <see cref="Centroid"/> is the sum of the members' unit vectors, cut to the strongest terms.
/// </summary>
public sealed class StoryCluster
{
    public required string Id { get; set; }

    public Dictionary<string, double> Centroid { get; set; } = new(StringComparer.Ordinal);

    public List<string> ItemIds { get; set; } = [];

    /// <summary>SimHash of each item in <see cref="ItemIds"/>, same order (0 for copies), to rebuild the duplicate index.</summary>
    public List<ulong> ItemHashes { get; set; } = [];

    public List<DateTimeOffset> ItemTimes { get; set; } = [];

    public List<string> DuplicateItemIds { get; set; } = [];

    /// <summary>The members' links (see <see cref="LinkKey"/>), so posts that share a link attach to the story.</summary>
    public List<string> Links { get; set; } = [];

    public Dictionary<string, int> Outlets { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Hashtags { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The first few titles with their vectors; the label is the one closest to the centre.</summary>
    public List<LabelCandidate> LabelCandidates { get; set; } = [];

    /// <summary>Sum of the members' sentence embeddings (unit vectors), when the clusterer was given them; null otherwise.</summary>
    public float[]? Meaning { get; set; }

    /// <summary>Words of the names the members mention ("delia", "uvalde"), with counts; the strongest are kept.</summary>
    public Dictionary<string, int> Names { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Members (copies aside) that report harm (see <see cref="HarmSignal"/>).</summary>
    public int HarmItems { get; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>Length of <see cref="Centroid"/>, kept up to date by the clusterer (0: compute on use).</summary>
    public double CentroidNorm { get; set; }

    public double Norm() => CentroidNorm > 0 ? CentroidNorm : Math.Sqrt(Centroid.Values.Sum(w => w * w));

    public double Cosine(IReadOnlyDictionary<string, double> unitVector)
    {
        ArgumentNullException.ThrowIfNull(unitVector);
        var dot = 0.0;
        foreach (var (feature, weight) in unitVector)
        {
            dot += weight * Centroid.GetValueOrDefault(feature);
        }

        var norm = Norm();
        return norm == 0 ? 0 : dot / norm;
    }

    /// <summary>As <see cref="Cosine(IReadOnlyDictionary{string, double})"/>, for a unit vector held as features and weights (same order, same sum).</summary>
    public double Cosine(IReadOnlyList<string> features, ReadOnlySpan<double> unitWeights)
    {
        ArgumentNullException.ThrowIfNull(features);
        var dot = 0.0;
        for (var i = 0; i < features.Count; i++)
        {
            dot += unitWeights[i] * Centroid.GetValueOrDefault(features[i]);
        }

        var norm = Norm();
        return norm == 0 ? 0 : dot / norm;
    }

    /// <summary>How many of <paramref name="terms"/> (distinct) the centre holds.</summary>
    public int SharedTerms(IEnumerable<string> terms) => terms.Count(Centroid.ContainsKey);

    /// <summary>
    /// Distinct ideas an item shares with the story: shared terms, where terms also shared as one adjacent phrase
    /// count once, so a stock phrase alone ("crash course", "world cup") is one piece of evidence, not two.
    /// </summary>
    public int SharedIdeas(WeightedFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var shared = features.Terms.Where(Centroid.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var joined = 0;
        foreach (var feature in features.Weights.Keys)
        {
            var space = feature.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && Centroid.ContainsKey(feature) && shared.Contains(feature[..space]) && shared.Contains(feature[(space + 1)..]))
            {
                joined++;
            }
        }

        return shared.Count == 0 ? 0 : Math.Max(1, shared.Count - joined);
    }
}
