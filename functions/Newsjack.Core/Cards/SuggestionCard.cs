using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Core.Cards;

/// <summary>
/// The stored record of one suggestion card: who it is for, what it is about, the exact envelope sent, and its
/// delivery state. Transitions return a new record; the store writes them under <see cref="ETag"/>, so two
/// writers never both win.
/// </summary>
public sealed record SuggestionCard
{
    public required string Id { get; init; }
    public required string BrandId { get; init; }
    public required string TopicId { get; init; }
    public required string TopicLabel { get; init; }

    /// <summary>0 for the first card on a topic; n for the n-th follow-up after a sharp jump in momentum.</summary>
    public int Generation { get; init; }

    /// <summary>`suggest` or `review`.</summary>
    public required string Decision { get; init; }

    public double? MomentumSigma { get; init; }
    public required string EnvelopeJson { get; init; }
    public int EnvelopeBytes { get; init; }
    public CardState State { get; init; } = CardState.Queued;

    /// <summary>Delivery attempts started (a post was tried).</summary>
    public int Attempts { get; init; }

    public string? LastError { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Held until then (quiet hours, spent budget); null: due now.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>While set and in the future, one delivery holds the card: no other may post it.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }
    public required DateTimeOffset LinksExpireAt { get; init; }

    /// <summary>What the card page shows (<see cref="Approvals.Pages.CardDetails"/> as JSON); null for cards written before it existed.</summary>
    public string? DetailsJson { get; init; }

    /// <summary>The approver's e-mail address, or <c>system</c> for an expiry.</summary>
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>A rejection's reason (label and note).</summary>
    public string? Reason { get; init; }

    /// <summary>The approved draft as the approver left it, and its platform.</summary>
    public string? ChosenText { get; init; }
    public string? ChosenPlatform { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>What the publish target answered (or "dry run: would publish").</summary>
    public string? PublishReceipt { get; init; }

    /// <summary>
    /// The W3C trace context of the run that wrote the card (its ScoreTopics span), so the publish message a
    /// decision queues joins the card's trace rather than the approver's HTTP request.
    /// </summary>
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }

    /// <summary>
    /// When the follow-up post to Teams started: written under the ETag before the post, so a redelivered message
    /// never posts it again. Set without an end means the post's answer was never recorded (outcome unknown).
    /// </summary>
    public DateTimeOffset? FollowUpStartedAt { get; init; }

    /// <summary>When Teams answered the follow-up post, and what (accepted, or the refusal).</summary>
    public DateTimeOffset? FollowUpEndedAt { get; init; }
    public string? FollowUpOutcome { get; init; }

    /// <summary>The storage ETag the record was read with; null before it is first written.</summary>
    public string? ETag { get; init; }

    public SentCard AsSent() => new(BrandId, TopicId, TopicLabel, CreatedAt, MomentumSigma);

    public SuggestionCard Claimed(DateTimeOffset now, TimeSpan lease) =>
        this with { Attempts = Attempts + 1, LeaseUntil = now + lease, UpdatedAt = now };

    public SuggestionCard Delivered(DateTimeOffset now) =>
        this with { State = CardState.Delivered, DeliveredAt = now, LeaseUntil = null, NotBefore = null, LastError = null, UpdatedAt = now };

    public SuggestionCard Failed(string error, DateTimeOffset now) =>
        this with { State = CardState.DeliveryFailed, LastError = error, LeaseUntil = null, UpdatedAt = now };

    /// <summary>A transient failure: the lease is released so the next attempt (queue redelivery) can claim it.</summary>
    public SuggestionCard Retrying(string error, DateTimeOffset now) =>
        this with { LastError = error, LeaseUntil = null, UpdatedAt = now };

    /// <summary>Not sent now (budget spent): held, not dropped; the attempt is given back.</summary>
    public SuggestionCard Held(DateTimeOffset until, string reason, DateTimeOffset now) =>
        this with { NotBefore = until, LastError = reason, LeaseUntil = null, Attempts = Math.Max(0, Attempts - 1), UpdatedAt = now };
}
