namespace Newsjack.Core.Topics;

/// <summary>An item's unit-length tf-idf vector over terms and phrases, plus its distinct unigram terms.</summary>
public sealed record WeightedFeatures(IReadOnlyDictionary<string, double> Weights, IReadOnlySet<string> Terms)
{
    public static WeightedFeatures Empty { get; } = new(new Dictionary<string, double>(), new HashSet<string>());
}
