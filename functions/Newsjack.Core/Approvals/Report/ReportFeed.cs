namespace Newsjack.Core.Approvals.Report;

/// <summary>A feed's health in the report: last success, consecutive failures and the last error.</summary>
public sealed record ReportFeed(string Feed, DateTimeOffset? LastSuccessAt, int ConsecutiveFailures, string? LastError);
