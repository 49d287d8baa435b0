namespace Newsjack.Core.Cards;

/// <summary>One source shown on a card: the outlet, the headline and its link (null when the feed gave no usable link).</summary>
public sealed record CardSource(string Outlet, string Title, Uri? Url);
