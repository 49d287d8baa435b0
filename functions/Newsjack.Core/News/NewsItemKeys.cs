using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Core.News;

/// <summary>
/// Table keys for stored news items: items live in the UTC hour bucket of their first sighting, and an index
/// maps each item id (and each guid) to that bucket. See docs/design/news.md.
/// </summary>
public static class NewsItemKeys
{
    /// <summary>`yyyyMMddHH` in UTC: sorts as text, so an hour range is one PartitionKey range query.</summary>
    public static string HourBucket(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    /// <summary>Index key for an item id; hashed when the id holds characters a table key may not.</summary>
    public static string IdKey(string id) => "i-" + (IsSafeKey(id) && id.Length <= 200 ? id : Hash(id));

    /// <summary>
    /// Index key for a guid. Guids that are URLs or URNs are globally unique, so they dedupe across feeds;
    /// anything else (`12345`) is only unique within its own feed.
    /// </summary>
    public static string GuidKey(string entryGuid, string feed)
    {
        ArgumentNullException.ThrowIfNull(entryGuid);
        var global = Uri.TryCreate(entryGuid, UriKind.Absolute, out _) || entryGuid.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)
            || entryGuid.StartsWith("tag:", StringComparison.OrdinalIgnoreCase);
        return "g-" + Hash(global ? entryGuid : feed.ToUpperInvariant() + "\n" + entryGuid);
    }

    public static bool IsSafeKey(string key) =>
        key.Length > 0 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
