namespace Newsjack.Azure.Language.Wire;

internal sealed record WireErrorResponse(WireError? Error);
