namespace Newsjack.Azure.Scoring.Language.Wire;

internal sealed record WireEntity(string Text, string Category, string? Subcategory, int Offset, int Length, double ConfidenceScore);
