using Newsjack.Core.News;
using Newsjack.Core.Text;

namespace Newsjack.Core.Topics;

/// <summary>The normalized title and summary of a news item, with the distinct features it adds to document frequencies.</summary>
public sealed record ItemTerms(NormalizedText Title, NormalizedText Summary)
{
    public static ItemTerms Of(NewsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var language = TextLanguages.FromCode(item.Language);
        return new ItemTerms(
            TextNormalizer.Normalize(item.Title, language),
            TextNormalizer.Normalize(item.Summary ?? string.Empty, language));
    }

    /// <summary>The words of the names in title and summary ("hurricane delia" gives "hurricane" and "delia").</summary>
    public IReadOnlySet<string> NameWords() =>
        Title.Names.Concat(Summary.Names).SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

    public IEnumerable<string> DistinctFeatures() =>
        Title.Terms.Concat(Title.Phrases).Concat(Summary.Terms).Concat(Summary.Phrases).Distinct(StringComparer.Ordinal);

    /// <summary>Unit-length tf-idf weights; title features count <paramref name="titleWeight"/> times.</summary>
    public WeightedFeatures Weigh(DocumentFrequencies frequencies, double titleWeight)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var feature in Title.Terms.Concat(Title.Phrases))
        {
            tf[feature] = tf.GetValueOrDefault(feature) + titleWeight;
        }

        foreach (var feature in Summary.Terms.Concat(Summary.Phrases))
        {
            tf[feature] = tf.GetValueOrDefault(feature) + 1.0;
        }

        var (features, counts) = (tf.Keys.ToArray(), tf.Values.ToArray());
        var unit = new double[features.Length];
        frequencies.UnitWeights(features, counts, unit);
        var weights = new Dictionary<string, double>(features.Length, StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            weights[features[i]] = unit[i];
        }

        var terms = new HashSet<string>(Title.Terms.Concat(Summary.Terms), StringComparer.Ordinal);
        return weights.Count == 0 ? WeightedFeatures.Empty : new WeightedFeatures(weights, terms);
    }
}
