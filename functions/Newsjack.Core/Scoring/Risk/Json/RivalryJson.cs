namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>The rivalry tone file: nation words, loss words, and words that mock.</summary>
public sealed record RivalryJson(IReadOnlyList<string>? Nations, IReadOnlyList<string>? LossTerms, IReadOnlyList<string>? Mockery);
