using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Core.Approvals.Publishing;

/// <summary>
/// The publish webhook's signature header, <c>X-Newsjack-Signature: sha256=&lt;hex&gt;</c>: HMAC-SHA256 of the exact
/// body bytes with the shared secret, lower-case hex (the GitHub webhook convention, which Zapier code steps, Power
/// Automate and most in-house receivers already know how to check). Verification is constant-time.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Newsjack-Signature";
    private const string Prefix = "sha256=";

    public static string Compute(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? header)
    {
        if (string.IsNullOrEmpty(secret) || header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(body, secret));
        var given = Encoding.ASCII.GetBytes(header);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
