namespace Newsjack.Cli.LocalHost;

/// <summary>
/// One post the local Teams inbox received: the envelope as sent (JSON text) when accepted, or the reason Workflows
/// would have refused it. <see cref="Sequence"/> orders posts that arrive within the same clock tick.
/// </summary>
public sealed record DevInboxEntry(long Sequence, string Channel, DateTimeOffset ReceivedAt, string Body, string? Problem)
{
    public bool Accepted => Problem is null;
}
