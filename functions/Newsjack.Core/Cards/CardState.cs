namespace Newsjack.Core.Cards;

/// <summary>
/// Where a card is in its life. Stored by name (a string), so later stages add states (Approved, Rejected,
/// Publishing, Published, Expired…) without migrating rows. Delivery: <c>Queued → Delivered | DeliveryFailed</c>.
/// </summary>
public enum CardState
{
    /// <summary>Written and enqueued; not yet accepted by Teams (possibly held until <see cref="SuggestionCard.NotBefore"/>).</summary>
    Queued,

    /// <summary>Teams accepted the post (any 2xx).</summary>
    Delivered,

    /// <summary>Teams refused it for good (4xx other than 429), or every attempt failed: visible with the last error.</summary>
    DeliveryFailed,
}
