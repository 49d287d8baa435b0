namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>Body of <c>POST /language/:analyze-text</c>: one kind per call.</summary>
internal sealed record AnalyzeTextRequest(string Kind, AnalyzeTextParameters Parameters, AnalyzeTextInput AnalysisInput);
