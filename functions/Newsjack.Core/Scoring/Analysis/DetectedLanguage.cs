namespace Newsjack.Core.Scoring.Analysis;

/// <summary>The language a text is written in: ISO 639-1 code, English name, confidence in [0, 1].</summary>
public sealed record DetectedLanguage(string Iso6391Name, string Name, double Confidence);
