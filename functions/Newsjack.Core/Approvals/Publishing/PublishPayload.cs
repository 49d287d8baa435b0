namespace Newsjack.Core.Approvals.Publishing;

/// <summary>
/// The JSON body of the outbound publish webhook (camelCase): what to post, for which brand, from which card and
/// who approved it. <see cref="SentAt"/> is inside the signed body, so a receiver can refuse old replays.
/// </summary>
public sealed record PublishPayload
{
    public required string Brand { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<string> Hashtags { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string CardId { get; init; }
    public required string Approver { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }
    public required DateTimeOffset SentAt { get; init; }
}
