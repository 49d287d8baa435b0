using Newsjack.Core.Brands;

namespace Newsjack.Core.Approvals;

/// <summary>Only the people a brand lists in <c>approvers</c> decide on its cards; e-mail addresses compare case-insensitively.</summary>
public static class ApproverPolicy
{
    public static bool MayDecide(BrandProfile brand, Approver approver)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(approver);
        return brand.Approvers.Any(a => string.Equals(a.Trim(), approver.Email.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
