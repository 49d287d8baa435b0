namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireDocumentError(string Id, WireError Error);
