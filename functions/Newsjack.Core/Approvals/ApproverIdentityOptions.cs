using System.ComponentModel.DataAnnotations;

namespace Newsjack.Core.Approvals;

/// <summary>Settings <c>Approvals__Identity</c> (<c>EasyAuth</c>, the default, or <c>Dev</c>) and <c>Approvals__DevIdentity</c>.</summary>
public sealed class ApproverIdentityOptions : IValidatableObject
{
    public const string SectionName = "Approvals";

    public ApproverIdentityMode Identity { get; set; } = ApproverIdentityMode.EasyAuth;

    /// <summary>The e-mail address every local request is made as, when <see cref="Identity"/> is <c>Dev</c>.</summary>
    public string? DevIdentity { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Identity == ApproverIdentityMode.Dev && (DevIdentity is null || !DevIdentity.Contains('@', StringComparison.Ordinal)))
        {
            yield return new ValidationResult(
                "Approvals:Identity is Dev, so Approvals:DevIdentity must be an e-mail address (e.g. dev@newsjack.local).",
                [nameof(DevIdentity)]);
        }
    }
}
