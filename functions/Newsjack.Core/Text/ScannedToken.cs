namespace Newsjack.Core.Text;

/// <summary>
/// One token found by <see cref="TextScanner"/>: where it is in the text (without a leading `#` or `@`), its kind,
/// whether it starts with a capital, and whether a sentence or clause break came before it (ending phrases and names).
/// </summary>
public readonly record struct ScannedToken(int Start, int Length, TokenKind Kind, bool Capitalized, bool AfterBreak);
