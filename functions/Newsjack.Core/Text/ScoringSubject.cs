namespace Newsjack.Core.Text;

/// <summary>
/// What the scorers need from a topic: its words, hashtags, item and post texts, momentum and first/last seen.
/// A Topic maps to this (mapper at merge with the topics branch), so scoring does not depend on clustering.
/// </summary>
public sealed record ScoringSubject
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public IReadOnlyList<string> KeyTerms { get; init; } = [];

    /// <summary>Hashtags with their '#', e.g. "#WhyIStayed".</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public IReadOnlyList<SubjectText> Items { get; init; } = [];
    public IReadOnlyList<SubjectText> Posts { get; init; } = [];

    /// <summary>How far current activity is above its baseline, in standard deviations; null when unknown.</summary>
    public double? MomentumSigma { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }
}
