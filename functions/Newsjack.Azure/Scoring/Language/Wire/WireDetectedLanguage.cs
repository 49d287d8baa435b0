namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireDetectedLanguage(string Name, string Iso6391Name, double ConfidenceScore);
