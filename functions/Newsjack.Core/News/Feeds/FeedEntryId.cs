using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Core.News.Feeds;

/// <summary>
/// Stable entry ids: the first 16 hex digits of SHA-256 over the canonical link, else the guid, else title + date,
/// so the same story polled twice (even with different tracking parameters) keeps one id.
/// </summary>
public static class FeedEntryId
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "guid is the RSS element's name.")]
    public static string Create(string? link, string? guid, string? title, DateTimeOffset? publishedAt)
    {
        var key = !string.IsNullOrWhiteSpace(link) ? "link:" + CanonicalLink.Normalize(link)
            : !string.IsNullOrWhiteSpace(guid) ? "guid:" + guid.Trim()
            : "text:" + title + "|" + publishedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
