namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>One input document; <c>language</c> is left out for language detection.</summary>
internal sealed record WireDocument(string Id, string Text, string? Language);
