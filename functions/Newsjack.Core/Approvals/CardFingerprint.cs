using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Core.Approvals;

/// <summary>
/// The hash of a card as shown: SHA-256 over its visible parts in order (separated by a unit separator so parts
/// cannot run into each other), written <c>sha256:</c> plus lower-case hex. Two people shown the same card get the
/// same hash; an edit anywhere changes it.
/// </summary>
public static class CardFingerprint
{
    public static string Of(IEnumerable<string?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = string.Join('\u001f', parts.Select(p => p ?? ""));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
