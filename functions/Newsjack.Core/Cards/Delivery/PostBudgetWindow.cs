namespace Newsjack.Core.Cards.Delivery;

/// <summary>At most <see cref="MaxPosts"/> posts to one webhook in any rolling <see cref="Length"/>.</summary>
public sealed record PostBudgetWindow(TimeSpan Length, int MaxPosts);
