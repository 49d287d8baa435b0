namespace Newsjack.Core.Approvals.Report;

/// <summary>Why no report was given (`{ "error": "…" }` with 400, 401, 403 or 404), naming what was wrong.</summary>
public sealed record ReportProblem(string Error);
