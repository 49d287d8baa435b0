using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// Double-submit anti-forgery for the decision forms, the same in both hosts: a random browser cookie
/// (<see cref="CookieName"/>, HttpOnly, SameSite=Lax) and a form token that is an HMAC of that cookie and the card
/// id. A cross-site page can neither read the cookie nor compute the token, so it cannot make a browser decide.
/// The HMAC key is derived from the card link keys (current and previous, so a rotation between showing and posting
/// still works) and is never the link key itself.
/// </summary>
public sealed class AntiForgery
{
    public const string CookieName = "nj-af";
    public const string FieldName = "af";
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("newsjack anti-forgery v1");
    private readonly byte[][] _keys;

    public AntiForgery(IOptions<CardLinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = [.. new[] { options.Value.CurrentKey, options.Value.PreviousKey }
            .Select(CardLinkOptions.Decode).OfType<byte[]>()
            .Select(key => HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, salt: [], info: Purpose))];
    }

    /// <summary>A fresh cookie value: 32 random bytes, base64url.</summary>
    public static string NewCookie() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The cookie value to keep: the browser's own when it is well formed, else a fresh one.</summary>
    public static (string Value, bool IsNew) CookieFor(string? sent) =>
        sent is { Length: 43 } && Base64Url.IsValid(sent) ? (sent, false) : (NewCookie(), true);

    public string TokenFor(string cookie, string cardId)
    {
        if (_keys.Length == 0)
        {
            throw new InvalidOperationException("CardLinks:CurrentKey is not set: decision forms cannot be protected.");
        }

        return Token(_keys[0], cookie, cardId);
    }

    public bool IsValid(string? cookie, string? token, string cardId) =>
        cookie is { Length: 43 } && token is { Length: 43 }
        && _keys.Any(key => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(key, cookie, cardId)), Encoding.ASCII.GetBytes(token)));

    /// <summary>The <c>Set-Cookie</c> value; <paramref name="secure"/> when the page is served over HTTPS.</summary>
    public static string SetCookie(string value, bool secure) =>
        $"{CookieName}={value}; Path=/api/cards; HttpOnly; SameSite=Lax; Max-Age=86400{(secure ? "; Secure" : "")}";

    private static string Token(byte[] key, string cookie, string cardId) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{cookie}|{cardId}")));
}
