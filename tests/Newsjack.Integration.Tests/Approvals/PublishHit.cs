namespace Newsjack.Integration.Tests.Approvals;

/// <summary>One request the <see cref="PublishReceiver"/> got.</summary>
internal sealed record PublishHit(TimeSpan At, string Path, string? ContentType, string Signature, string IdempotencyKey, byte[] Body);
