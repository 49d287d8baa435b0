namespace Newsjack.Core.Approvals.Report;

/// <summary>One relevant topic as last scored for a brand: decision, risk tier and the main reasons.</summary>
public sealed record ScoredTopicRow(string TopicId, string Label, string Decision, string Tier, IReadOnlyList<string> Reasons, DateTimeOffset At);
