namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record AnalyzeTextInput(IReadOnlyList<WireDocument> Documents);
