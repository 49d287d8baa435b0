namespace Newsjack.Core.Approvals.Report;

/// <summary>A report request's answer for either host: the report (200) or the problem with its status.</summary>
public sealed record ReportAnswer(int Status, BrandReport? Report, ReportProblem? Problem)
{
    public static ReportAnswer Ok(BrandReport report) => new(200, report, null);

    public static ReportAnswer Refused(int status, string error) => new(status, null, new ReportProblem(error));
}
