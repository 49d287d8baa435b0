using Newsjack.Core.Cards.Compose;
using Newsjack.Core.Cards.Drafts;

namespace Newsjack.Core.Cards;

/// <summary>The card for one suggestion, or why there is none (no safe draft), with the drafts that were dropped.</summary>
public sealed record CardOutcome(ComposedCard? Card, string? NotSentReason, IReadOnlyList<DroppedDraft> Dropped)
{
    public bool Sent => Card is not null;
}
