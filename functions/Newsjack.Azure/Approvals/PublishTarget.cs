namespace Newsjack.Azure.Approvals;

/// <summary>Where a brand publishes and the secret its requests are signed with; both secrets, never logged.</summary>
public sealed record PublishTarget(Uri Url, string Secret)
{
    public override string ToString() => $"publish webhook on {Url.Host}";
}
