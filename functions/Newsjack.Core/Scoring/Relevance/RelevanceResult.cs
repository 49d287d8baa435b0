namespace Newsjack.Core.Scoring.Relevance;

/// <summary>Relevance in [0, 1] of one topic to one brand, with a reason for every contributing term.</summary>
public sealed record RelevanceResult(double Score, double Fit, IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> Reasons)
{
    /// <summary>The brand's own name or hashtags and competitors the topic names: a signal for risk when the story is harmful.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}
