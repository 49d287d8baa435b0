namespace Newsjack.Core.Scoring.Evaluation;

/// <summary>
/// One line of a labels file (JSONL), judged by a person: the item's true risk tier, the brands it is on-topic
/// for, and the brands whose avoid list it hits. The expected decision follows from these and the brand's
/// profile by the contract (<see cref="ExpectedDecision"/>), so labels judge meaning, not policy.
/// </summary>
public sealed record ScoringLabel(string ItemId, string Tier, IReadOnlyList<string>? RelevantTo, IReadOnlyList<string>? AvoidFor);
