using Microsoft.Extensions.Options;

namespace Newsjack.Core.Approvals;

/// <summary>
/// Tells who is making a request: in Azure from the Easy Auth headers (<see cref="EasyAuthPrincipal"/>), locally
/// from the configured dev identity. In <c>Dev</c> mode the headers are ignored, so nobody can claim to be someone
/// else by sending them; in <c>EasyAuth</c> mode App Service removes any client-sent copies before we see them.
/// </summary>
public sealed class ApproverIdentityResolver(IOptions<ApproverIdentityOptions> options)
{
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    private readonly ApproverIdentityOptions _options = options.Value;

    /// <summary>Resolves the approver; <paramref name="header"/> returns a request header's value or null.</summary>
    public ApproverIdentityResult Resolve(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_options.Identity == ApproverIdentityMode.Dev)
        {
            var dev = _options.DevIdentity!.Trim();
            return ApproverIdentityResult.Known(new Approver(dev, dev, "dev"));
        }

        return EasyAuthPrincipal.Read(header(PrincipalNameHeader), header(PrincipalHeader));
    }
}
