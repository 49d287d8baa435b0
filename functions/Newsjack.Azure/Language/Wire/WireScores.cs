namespace Newsjack.Azure.Language.Wire;

internal sealed record WireScores(double Positive, double Neutral, double Negative);
