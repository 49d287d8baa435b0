using Newsjack.Azure.Scoring.Language.Wire;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>One analyze-text kind: its wire name, per-request document limit and parameters.</summary>
internal sealed record LanguageTask(AnalysisKinds Kind, string Name, int MaxDocuments, bool LoggingOptOut, bool IndexesText)
{
    public static readonly LanguageTask Language = new(AnalysisKinds.Language, "LanguageDetection", 1000, false, false);
    public static readonly LanguageTask Sentiment = new(AnalysisKinds.Sentiment, "SentimentAnalysis", 10, false, true);
    public static readonly LanguageTask Entities = new(AnalysisKinds.Entities, "EntityRecognition", 5, false, true);

    // PII text is not kept by the service for its own improvement (the service default for this kind).
    public static readonly LanguageTask PiiEntities = new(AnalysisKinds.PiiEntities, "PiiEntityRecognition", 5, true, true);

    /// <summary>Language first, so later kinds can send the detected language.</summary>
    public static IReadOnlyList<LanguageTask> All { get; } = [Language, Sentiment, Entities, PiiEntities];

    public static LanguageTask For(AnalysisKinds kind) =>
        All.SingleOrDefault(t => t.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Give exactly one analysis kind.");

    public AnalyzeTextParameters Parameters(string modelVersion) => new(
        modelVersion,
        LoggingOptOut,
        IndexesText ? "Utf16CodeUnit" : null,
        Kind == AnalysisKinds.Sentiment ? false : null,
        Kind == AnalysisKinds.PiiEntities ? "none" : null);
}
