namespace Newsjack.Core.Cards.Links;

/// <summary>What a signed card link asks for; the id (`approve`, `reject`, `details`) is part of the signature.</summary>
public enum CardAction
{
    Approve,
    Reject,
    Details,
}
