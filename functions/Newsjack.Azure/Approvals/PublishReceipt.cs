namespace Newsjack.Azure.Approvals;

/// <summary>What the publish target answered: its status and the start of its body (often the post's id or link).</summary>
public sealed record PublishReceipt(int Status, string Body);
