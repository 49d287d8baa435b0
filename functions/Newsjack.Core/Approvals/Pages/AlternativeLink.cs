using Newsjack.Core.Cards.Links;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>A link to the same card's page for the other decision.</summary>
public sealed record AlternativeLink(CardAction Action, Uri Url);
