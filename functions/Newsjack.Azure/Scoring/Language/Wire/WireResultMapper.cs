using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>Maps one service result or error onto the provider-neutral <see cref="TextAnalysisResult"/>.</summary>
internal static class WireResultMapper
{
    public static TextAnalysisResult ToResult(AnalysisKinds kind, string id, WireDocumentResult document, bool truncated) => kind switch
    {
        AnalysisKinds.Sentiment => new(id)
        {
            Sentiment = new(
                Label(document.Sentiment),
                document.ConfidenceScores?.Positive ?? 0,
                document.ConfidenceScores?.Neutral ?? 0,
                document.ConfidenceScores?.Negative ?? 0),
            Truncated = truncated,
        },
        AnalysisKinds.Entities => new(id) { Entities = Entities(document), Truncated = truncated },
        AnalysisKinds.PiiEntities => new(id) { PiiEntities = Entities(document), Truncated = truncated },
        AnalysisKinds.Language when document.DetectedLanguage is { } l =>
            new(id) { Language = new(l.Iso6391Name, l.Name, l.ConfidenceScore), Truncated = truncated },
        _ => ToError(kind, id, "MissingResult", $"The {kind} result had no {kind} members.", truncated),
    };

    public static TextAnalysisResult ToError(AnalysisKinds kind, string id, string code, string message, bool truncated) =>
        new(id) { Errors = [new(kind, code, message)], Truncated = truncated };

    private static SentimentLabel Label(string? sentiment) =>
        Enum.TryParse<SentimentLabel>(sentiment, ignoreCase: true, out var label) ? label : SentimentLabel.Neutral;

    private static TextEntity[] Entities(WireDocumentResult document) =>
        [.. (document.Entities ?? []).Select(e => new TextEntity(e.Text, e.Category, e.Subcategory, e.Offset, e.Length, e.ConfidenceScore))];
}
