namespace Newsjack.Core.Approvals.Publishing;

/// <summary>The body of one <c>publish</c> queue message: which approved card to publish.</summary>
public sealed record PublishMessage(string CardId);
