namespace Newsjack.Core.Cards;

/// <summary>
/// Where a card is in its life. Stored by name (a string), so later stages add states (Approved, Rejected,
/// Publishing, Published, Expired…) without migrating rows. Delivery: <c>Queued → Delivered | DeliveryFailed</c>;
/// approval: <c>Delivered → Approved → Publishing → Published | PublishFailed</c>, <c>Delivered → Rejected</c>,
/// <c>Delivered → Expired</c> (Core/Approvals/CardDecisions, each written under the record's ETag).
/// </summary>
public enum CardState
{
    /// <summary>Written and enqueued; not yet accepted by Teams (possibly held until <see cref="SuggestionCard.NotBefore"/>).</summary>
    Queued,

    /// <summary>Teams accepted the post (any 2xx).</summary>
    Delivered,

    /// <summary>Teams refused it for good (4xx other than 429), or every attempt failed: visible with the last error.</summary>
    DeliveryFailed,

    /// <summary>An approver chose a draft; a publish message is queued.</summary>
    Approved,

    /// <summary>An approver said no, with a reason.</summary>
    Rejected,

    /// <summary>The Publish handler holds the card while it sends the post.</summary>
    Publishing,

    /// <summary>Sent to the brand's publish target (or, in dry run, recorded as what would have been sent).</summary>
    Published,

    /// <summary>The publish target refused it or never answered, after retries: visible with the last error.</summary>
    PublishFailed,

    /// <summary>Nobody decided before its links expired (the ExpireCards timer).</summary>
    Expired,
}
