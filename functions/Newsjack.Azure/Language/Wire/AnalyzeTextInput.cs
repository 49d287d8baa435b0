namespace Newsjack.Azure.Language.Wire;

internal sealed record AnalyzeTextInput(IReadOnlyList<WireDocument> Documents);
