namespace Newsjack.Azure.Language.Wire;

internal sealed record WireDocumentError(string Id, WireError Error);
