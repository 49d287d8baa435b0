namespace Newsjack.Core.Approvals;

/// <summary>
/// One line of the append-only audit: who did what to which card when, from where (client address, user agent),
/// and the hash of the card as it was shown to them (<see cref="CardFingerprint"/>). <see cref="Detail"/> holds the
/// reason of a rejection, the text published, or why something failed.
/// </summary>
public sealed record AuditEntry
{
    public required string Brand { get; init; }
    public required string CardId { get; init; }
    public required AuditAction Action { get; init; }

    /// <summary>The approver's e-mail address, or <c>system</c> for jobs (publish, expiry).</summary>
    public required string Actor { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? ClientAddress { get; init; }
    public string? UserAgent { get; init; }
    public string? CardHash { get; init; }
    public string? Detail { get; init; }

    public const string SystemActor = "system";

    /// <summary>An entry the pipeline itself writes about a card (publishing, follow-up, a redelivered message).</summary>
    public static AuditEntry BySystem(Cards.SuggestionCard card, AuditAction action, DateTimeOffset at, string? cardHash, string detail)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new() { Brand = card.BrandId, CardId = card.Id, Action = action, Actor = SystemActor, At = at, CardHash = cardHash, Detail = detail };
    }
}
