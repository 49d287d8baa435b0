namespace Newsjack.Core.Approvals.Learning;

/// <summary>
/// One decision remembered for scoring: which brand, which card and topic, the topic's terms (stems), whether it
/// was approved, the reject reason id, and when.
/// </summary>
public sealed record LearnedDecision(string BrandId, string CardId, string TopicLabel, IReadOnlyList<string> Terms, bool Approved, string? Reason, DateTimeOffset At);
