namespace Newsjack.Core.Topics;

/// <summary>
/// How many items contained each term or phrase, for inverse document frequency. Grows online; persisted with the
/// clusterer so the weights survive restarts. Terms seen once are pruned when the table gets large.
/// </summary>
public sealed class DocumentFrequencies
{
    private const int PruneAbove = 400_000;
    private readonly Dictionary<string, int> _counts;

    public DocumentFrequencies(IReadOnlyDictionary<string, int>? counts = null, long documents = 0)
    {
        _counts = counts is null ? new(StringComparer.Ordinal) : new(counts, StringComparer.Ordinal);
        Documents = documents;
    }

    public long Documents { get; private set; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Add(IEnumerable<string> distinctFeatures)
    {
        Documents++;
        foreach (var feature in distinctFeatures)
        {
            _counts[feature] = _counts.GetValueOrDefault(feature) + 1;
        }

        if (_counts.Count > PruneAbove)
        {
            foreach (var rare in _counts.Where(c => c.Value <= 1).Select(c => c.Key).ToList())
            {
                _counts.Remove(rare);
            }
        }
    }

    /// <summary>Smoothed idf: ln((N + 1) / (df + 1)) + 1, so an unseen feature weighs most and none weighs zero.</summary>
    public double Idf(string feature) => Math.Log((Documents + 1.0) / (_counts.GetValueOrDefault(feature) + 1.0)) + 1.0;

    /// <summary>
    /// Unit-length tf-idf weights of <paramref name="features"/> with term counts <paramref name="counts"/> (same order)
    /// into <paramref name="weights"/>: (1 + ln tf) · idf, divided by the vector's length, summed in feature order.
    /// </summary>
    public void UnitWeights(IReadOnlyList<string> features, ReadOnlySpan<double> counts, Span<double> weights)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sum = 0.0;
        for (var i = 0; i < features.Count; i++)
        {
            weights[i] = (1.0 + Math.Log(counts[i])) * Idf(features[i]);
            sum += weights[i] * weights[i];
        }

        var norm = Math.Sqrt(sum);
        for (var i = 0; i < features.Count; i++)
        {
            weights[i] /= norm;
        }
    }
}
