namespace Newsjack.Azure.Language.Wire;

internal sealed record WireWarning(string? Code, string? Message);
