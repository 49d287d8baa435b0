namespace Newsjack.Core.Approvals.Report;

/// <summary>
/// `?brand=X[&amp;days=N]` plus a header reader (for the approver's identity), as either host received them.
/// <paramref name="Days"/> is the raw text so a bad value is named in the answer rather than silently defaulted.
/// </summary>
public sealed record ReportRequest(string? Brand, string? Days, Func<string, string?> Header);
