namespace Newsjack.Core.Approvals.Report;

/// <summary>A relevant topic the brand was never shown because it was unsafe, with its tier and main reasons.</summary>
public sealed record ReportSuppressed(string TopicId, string Label, string Tier, IReadOnlyList<string> Reasons, DateTimeOffset At);
