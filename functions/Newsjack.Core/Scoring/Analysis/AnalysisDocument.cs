namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// One text to analyse. <paramref name="Id"/> is the caller's key (unique within a call); <paramref name="Language"/>
/// is ISO 639-1 when known (null lets the provider assume English, or detect it when <see cref="AnalysisKinds.Language"/> is asked).
/// </summary>
public sealed record AnalysisDocument(
    string Id,
    string Text,
    string? Language = null,
    AnalysisKinds Kinds = AnalysisKinds.Sentiment | AnalysisKinds.Entities);
