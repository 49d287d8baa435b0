using Newsjack.Core.Cards;

namespace Newsjack.Core.Approvals;

/// <summary>
/// The approval transitions of a card record, each returning the changed record for the store to write under the
/// ETag it was read with: <c>Delivered → Approved → Publishing → Published | PublishFailed</c>,
/// <c>Delivered → Rejected</c>, <c>Delivered → Expired</c>. Only a delivered card is open for a decision.
/// </summary>
public static class CardDecisions
{
    public static bool IsOpen(this SuggestionCard card) => card.State == CardState.Delivered;

    public static bool IsDecided(this SuggestionCard card) =>
        card.State is CardState.Approved or CardState.Rejected or CardState.Publishing or CardState.Published or CardState.PublishFailed;

    public static SuggestionCard Approve(this SuggestionCard card, Approver approver, Decision decision, DateTimeOffset now)
    {
        Require(card, CardState.Delivered);
        return card with
        {
            State = CardState.Approved, DecidedBy = approver.Email, DecidedAt = now,
            ChosenText = decision.Text, ChosenPlatform = decision.Platform, UpdatedAt = now,
        };
    }

    public static SuggestionCard Reject(this SuggestionCard card, Approver approver, Decision decision, DateTimeOffset now)
    {
        Require(card, CardState.Delivered);
        return card with { State = CardState.Rejected, DecidedBy = approver.Email, DecidedAt = now, Reason = decision.Summary, UpdatedAt = now };
    }

    public static SuggestionCard Expire(this SuggestionCard card, DateTimeOffset now)
    {
        Require(card, CardState.Delivered);
        return card with { State = CardState.Expired, DecidedBy = AuditEntry.SystemActor, DecidedAt = now, Reason = "nobody decided before the links expired", UpdatedAt = now };
    }

    public static SuggestionCard StartPublishing(this SuggestionCard card, DateTimeOffset now)
    {
        Require(card, CardState.Approved);
        return card with { State = CardState.Publishing, UpdatedAt = now };
    }

    public static SuggestionCard MarkPublished(this SuggestionCard card, string receipt, DateTimeOffset now)
    {
        Require(card, CardState.Publishing);
        return card with { State = CardState.Published, PublishedAt = now, PublishReceipt = receipt, LastError = null, UpdatedAt = now };
    }

    public static SuggestionCard MarkPublishFailed(this SuggestionCard card, string error, DateTimeOffset now)
    {
        Require(card, CardState.Publishing);
        return card with { State = CardState.PublishFailed, LastError = error, UpdatedAt = now };
    }

    /// <summary>The follow-up's intent, recorded before the post; UpdatedAt stays the time the card ended.</summary>
    public static SuggestionCard StartFollowUp(this SuggestionCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.State is not (CardState.Published or CardState.PublishFailed) || card.FollowUpStartedAt is not null)
        {
            throw new InvalidOperationException($"card {card.Id} is {card.State} with a follow-up started at {card.FollowUpStartedAt:O}: no follow-up to start");
        }

        return card with { FollowUpStartedAt = now };
    }

    public static SuggestionCard EndFollowUp(this SuggestionCard card, string outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.FollowUpStartedAt is null
            ? throw new InvalidOperationException($"card {card.Id} has no follow-up started")
            : card with { FollowUpEndedAt = now, FollowUpOutcome = outcome };
    }

    private static void Require(SuggestionCard card, CardState state)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.State != state)
        {
            throw new InvalidOperationException($"card {card.Id} is {card.State}, not {state}");
        }
    }
}
