namespace Newsjack.Core.Cards.Drafts;

/// <summary>A draft the safety check refused, with every reason (shown on the card so approvers see what was held back).</summary>
public sealed record DroppedDraft(DraftPost Draft, IReadOnlyList<string> Reasons);
