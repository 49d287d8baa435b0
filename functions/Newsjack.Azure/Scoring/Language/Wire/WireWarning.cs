namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireWarning(string? Code, string? Message);
