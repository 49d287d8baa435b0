namespace Newsjack.Core.Approvals;

/// <summary>Where the approver's identity comes from.</summary>
public enum ApproverIdentityMode
{
    /// <summary>App Service Authentication headers; only trustworthy behind Easy Auth, which strips client copies.</summary>
    EasyAuth,

    /// <summary>A configured developer identity (local host and demo); request headers are ignored.</summary>
    Dev,
}
