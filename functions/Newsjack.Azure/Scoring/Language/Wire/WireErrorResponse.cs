namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireErrorResponse(WireError? Error);
