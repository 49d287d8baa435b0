namespace Newsjack.Azure.Language.Wire;

internal sealed record WireResults(IReadOnlyList<WireDocumentResult>? Documents, IReadOnlyList<WireDocumentError>? Errors, string? ModelVersion);
