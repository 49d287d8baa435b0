namespace Newsjack.Core.Text;

/// <summary>One word of a text: lower-cased, its stem, and where it sits in the original (for quoting evidence).</summary>
public readonly record struct Word(string Text, string Stem, int Start, int End);
