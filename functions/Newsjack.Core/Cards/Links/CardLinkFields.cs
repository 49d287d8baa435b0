namespace Newsjack.Core.Cards.Links;

/// <summary>
/// Names of the signed fields, the same in a link's query string and in a decision form's hidden inputs, and the
/// route of the card page (relative to the host's base URL; the card id is also the `{id}` path segment).
/// </summary>
public static class CardLinkFields
{
    public const string CardId = "card";
    public const string Action = "action";
    public const string Expires = "exp";
    public const string KeyId = "kid";
    public const string Signature = "sig";

    /// <summary>Route of the card page in both hosts (Functions `api` prefix included).</summary>
    public const string PageRoute = "api/cards/{id}";
}
