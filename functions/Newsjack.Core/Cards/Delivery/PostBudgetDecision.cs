namespace Newsjack.Core.Cards.Delivery;

/// <summary>
/// Whether a post may go now. When it may, <see cref="Sent"/> is the history to store (with this post, pruned);
/// when not, <see cref="NotBefore"/> is when it may, and <see cref="Reason"/> says which limit holds it.
/// </summary>
public sealed record PostBudgetDecision(bool Allowed, DateTimeOffset NotBefore, string Reason, IReadOnlyList<DateTimeOffset> Sent);
