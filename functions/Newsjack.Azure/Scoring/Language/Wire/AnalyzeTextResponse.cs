namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>A 200 answer: <c>results</c> holds per-document results and per-document errors.</summary>
internal sealed record AnalyzeTextResponse(string? Kind, WireResults? Results);
