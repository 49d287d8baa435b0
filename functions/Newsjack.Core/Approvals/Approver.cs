namespace Newsjack.Core.Approvals;

/// <summary>
/// The person deciding on a card, as the host authenticated them: <see cref="Email"/> is what brand profiles list
/// in <c>approvers</c>; <see cref="Source"/> says how we know (<c>easy-auth</c> or <c>dev</c>).
/// </summary>
public sealed record Approver(string Email, string DisplayName, string Source)
{
    public override string ToString() => Email;
}
