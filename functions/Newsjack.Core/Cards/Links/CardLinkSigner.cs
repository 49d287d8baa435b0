using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Newsjack.Core.Cards.Links;

/// <summary>
/// Signs and verifies card links: HMAC-SHA256 over `cardId|action|expiry|keyId` (UTF-8), base64url, compared in
/// constant time. New links use the current key; links of the previous key still verify, so keys rotate without
/// breaking live cards. Expiry is checked only after the signature, so a forger learns nothing from it.
/// </summary>
public sealed partial class CardLinkSigner
{
    private readonly TimeProvider _time;
    private readonly CardLinkOptions _options;
    private readonly (string Id, byte[] Key)? _current;
    private readonly (string Id, byte[] Key)? _previous;

    public CardLinkSigner(IOptions<CardLinkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _current = CardLinkOptions.Decode(_options.CurrentKey) is { } current ? (_options.CurrentKeyId, current) : null;
        _previous = CardLinkOptions.Decode(_options.PreviousKey) is { } previous && _options.PreviousKeyId is { } id ? (id, previous) : null;
    }

    /// <summary>The link's expiry for a topic: its window end, within [min, max] lifetime from now; the default when unknown or past.</summary>
    public DateTimeOffset ExpiryFor(DateTimeOffset? windowClosesAt)
    {
        var now = _time.GetUtcNow();
        if (windowClosesAt is not { } end || end <= now)
        {
            return now.AddHours(_options.DefaultLifetimeHours);
        }

        var min = now.AddHours(_options.MinLifetimeHours);
        var max = now.AddHours(_options.MaxLifetimeHours);
        return end < min ? min : end > max ? max : end;
    }

    public SignedCardLink Sign(string cardId, CardAction action, DateTimeOffset expiresAt)
    {
        if (!IsCardId(cardId))
        {
            throw new ArgumentException($"card id '{cardId}' must be 1-64 letters, digits, '-' or '_'", nameof(cardId));
        }

        var (keyId, key) = _current ?? throw new InvalidOperationException("CardLinks:CurrentKey is not set: card links cannot be signed.");
        var expires = expiresAt.ToUnixTimeSeconds();
        return new SignedCardLink(cardId, action, expires, keyId, Signature(key, cardId, action.ToId(), expires, keyId));
    }

    /// <summary>Verifies the fields as they arrived (query string or form); every argument may be missing or malformed.</summary>
    public CardLinkCheck Verify(string? cardId, string? action, string? expires, string? keyId, string? signature)
    {
        if (cardId is null || !IsCardId(cardId))
        {
            return CardLinkCheck.Refused(CardLinkFailure.Malformed, "the card id is missing or malformed");
        }

        if (!CardActions.TryParse(action, out var parsedAction))
        {
            return CardLinkCheck.Refused(CardLinkFailure.Malformed, "the action is missing or unknown");
        }

        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var exp))
        {
            return CardLinkCheck.Refused(CardLinkFailure.Malformed, "the expiry is missing or not a number");
        }

        if (signature is null || !SignaturePattern().IsMatch(signature))
        {
            return CardLinkCheck.Refused(CardLinkFailure.Malformed, "the signature is missing or malformed");
        }

        var key = Key(keyId);
        if (key is null)
        {
            return CardLinkCheck.Refused(CardLinkFailure.UnknownKey, "the link was signed with a key that is no longer accepted");
        }

        var expected = Encoding.ASCII.GetBytes(Signature(key, cardId, parsedAction.ToId(), exp, keyId!));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return CardLinkCheck.Refused(CardLinkFailure.BadSignature, "the signature does not match the link");
        }

        var link = new SignedCardLink(cardId, parsedAction, exp, keyId!, signature);
        return _time.GetUtcNow() >= link.ExpiresAt
            ? CardLinkCheck.Refused(CardLinkFailure.Expired, string.Create(CultureInfo.InvariantCulture, $"the link expired at {link.ExpiresAt:u}"))
            : CardLinkCheck.Valid(link);
    }

    public CardLinkCheck Verify(SignedCardLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Verify(link.CardId, link.Action.ToId(), link.ExpiresUnix.ToString(CultureInfo.InvariantCulture), link.KeyId, link.Signature);
    }

    public static bool IsCardId(string? id) => id is not null && CardIdPattern().IsMatch(id);

    private byte[]? Key(string? keyId) =>
        keyId is null ? null
        : _current is { } c && c.Id == keyId ? c.Key
        : _previous is { } p && p.Id == keyId ? p.Key
        : null;

    private static string Signature(byte[] key, string cardId, string action, long expires, string keyId)
    {
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{cardId}|{action}|{expires}|{keyId}"));
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, message));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CardIdPattern();

    // HMAC-SHA256 is 32 bytes: 43 base64url characters without padding.
    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex SignaturePattern();
}
