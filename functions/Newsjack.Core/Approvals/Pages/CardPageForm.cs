using Newsjack.Core.Cards.Links;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// The decision form of a card page: the verified link whose fields it repeats, the anti-forgery token, the signed
/// links for the other decisions and a problem from a previous attempt.
/// </summary>
public sealed record CardPageForm(SignedCardLink Link, string AntiForgeryToken, IReadOnlyList<AlternativeLink> Alternatives, string? Problem = null);
