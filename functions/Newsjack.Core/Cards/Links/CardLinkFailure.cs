namespace Newsjack.Core.Cards.Links;

/// <summary>Why a card link was refused.</summary>
public enum CardLinkFailure
{
    /// <summary>A field is missing or not in its format (card id, action, expiry, key id, signature).</summary>
    Malformed,

    /// <summary>Signed with a key that is neither the current nor the previous one (retired or never issued).</summary>
    UnknownKey,

    /// <summary>The signature does not match the fields: forged, or a field was altered.</summary>
    BadSignature,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}
