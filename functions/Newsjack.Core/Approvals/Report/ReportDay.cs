namespace Newsjack.Core.Approvals.Report;

/// <summary>One UTC day of the chart: cards sent, and the decisions on the cards sent that day.</summary>
public sealed record ReportDay(string Day, int Sent, int Approved, int Rejected, int Expired);
