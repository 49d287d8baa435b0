namespace Newsjack.Core.Scoring.Relevance;

/// <summary>Relevance in [0, 1] of one topic to one brand, with a reason for every contributing term.</summary>
public sealed record RelevanceResult(double Score, double Fit, IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> Reasons)
{
    private readonly double? _byWords;

    /// <summary>The brand's own name or hashtags and competitors the topic names: a signal for risk when the story is harmful.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>
    /// The score the shared words alone would give, before a meaning that is unrelated to the brand discounted them
    /// (<see cref="SemanticRelevance.UnrelatedBelow"/>); equal to <see cref="Score"/> otherwise. Such a topic still
    /// gets read by meaning, so a death it reports can floor the tributes that follow (story context).
    /// </summary>
    public double ByWords { get => _byWords ?? Score; init => _byWords = value; }
}
