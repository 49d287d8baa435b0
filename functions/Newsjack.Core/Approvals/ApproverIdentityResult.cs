namespace Newsjack.Core.Approvals;

/// <summary>Who is asking, or why we cannot tell (<see cref="Problem"/>, shown on the sign-in page).</summary>
public sealed record ApproverIdentityResult(Approver? Approver, string? Problem)
{
    public static ApproverIdentityResult Known(Approver approver) => new(approver, null);

    public static ApproverIdentityResult Unknown(string problem) => new(null, problem);
}
