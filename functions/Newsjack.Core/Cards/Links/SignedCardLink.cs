using System.Globalization;

namespace Newsjack.Core.Cards.Links;

/// <summary>
/// The signed fields of one card link: card id, action, expiry (Unix seconds), key id and base64url signature.
/// <see cref="Fields"/> are what a form repeats as hidden inputs; <see cref="ToUrl"/> is the card page link.
/// </summary>
public sealed record SignedCardLink(string CardId, CardAction Action, long ExpiresUnix, string KeyId, string Signature)
{
    public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeSeconds(ExpiresUnix);

    public IReadOnlyList<KeyValuePair<string, string>> Fields =>
    [
        new(CardLinkFields.CardId, CardId),
        new(CardLinkFields.Action, Action.ToId()),
        new(CardLinkFields.Expires, ExpiresUnix.ToString(CultureInfo.InvariantCulture)),
        new(CardLinkFields.KeyId, KeyId),
        new(CardLinkFields.Signature, Signature),
    ];

    /// <summary>`{baseUrl}/api/cards/{id}?action=…&amp;exp=…&amp;kid=…&amp;sig=…`; every value is URL-safe by construction.</summary>
    public Uri ToUrl(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
        var query = string.Join('&', Fields.Where(f => f.Key != CardLinkFields.CardId).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
        return new Uri($"{root}{CardLinkFields.PageRoute.Replace("{id}", Uri.EscapeDataString(CardId), StringComparison.Ordinal)}?{query}");
    }
}
