using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// One brand's outcome of a <see cref="ScoringPass"/>, with the embedding similarities and risk-meaning readings
/// it was judged with (by topic id), so a caller adding text analyses scores again with the same inputs.
/// </summary>
public sealed record BrandJudgement(
    BrandScores Scores,
    IReadOnlyDictionary<string, double>? Similarities,
    IReadOnlyDictionary<string, MeaningReading>? Readings);
