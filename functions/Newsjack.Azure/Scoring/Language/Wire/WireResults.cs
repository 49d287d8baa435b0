namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireResults(IReadOnlyList<WireDocumentResult>? Documents, IReadOnlyList<WireDocumentError>? Errors, string? ModelVersion);
