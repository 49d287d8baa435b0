namespace Newsjack.Core.Scoring.Analysis;

/// <summary>A text cut to a length limit; <see cref="Truncated"/> records that something was dropped.</summary>
public sealed record TruncatedText(string Text, bool Truncated);
