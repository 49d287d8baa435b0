namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>One lexicon data file (`Risk/Lexicons/*.json`): the rules of one category.</summary>
public sealed record LexiconFileJson(string? Category, IReadOnlyList<LexiconEntryJson>? Entries);
