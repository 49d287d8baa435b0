namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireScores(double Positive, double Neutral, double Negative);
