namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>One document's result for any of the kinds we call; members of other kinds stay null.</summary>
internal sealed record WireDocumentResult(
    string Id,
    string? Sentiment,
    WireScores? ConfidenceScores,
    IReadOnlyList<WireEntity>? Entities,
    WireDetectedLanguage? DetectedLanguage,
    IReadOnlyList<WireWarning>? Warnings);
