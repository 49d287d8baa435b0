namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// A named thing found in a text. <see cref="Offset"/> and <see cref="Length"/> are UTF-16 code units into the
/// text that was analysed, so <c>text.Substring(Offset, Length)</c> gives <see cref="Text"/>.
/// </summary>
public sealed record TextEntity(string Text, string Category, string? Subcategory, int Offset, int Length, double Confidence);
