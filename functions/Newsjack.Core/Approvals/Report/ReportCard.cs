namespace Newsjack.Core.Approvals.Report;

/// <summary>One card as the report counts it: its state word, when it was sent (delivered or queued), when decided, and its delivery error.</summary>
public sealed record ReportCard(string CardId, string State, DateTimeOffset SentAt, DateTimeOffset? DecidedAt, string? DeliveryError);
