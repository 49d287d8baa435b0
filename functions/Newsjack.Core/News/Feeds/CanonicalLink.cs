using System.Text;

namespace Newsjack.Core.News.Feeds;

/// <summary>
/// The canonical form of an article URL, so one story reached with different tracking tags maps to one key:
/// lower-case scheme and host, no default port, no fragment, no tracking parameters, remaining parameters sorted.
/// Strings that are not absolute http(s) URLs come back trimmed and otherwise unchanged.
/// </summary>
public static class CanonicalLink
{
    public static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        builder.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath);
        var query = KeptParameters(uri.Query);
        if (query.Count > 0)
        {
            builder.Append('?').AppendJoin('&', query);
        }

        return builder.ToString();
    }

    private static List<string> KeptParameters(string query)
    {
        var kept = new List<string>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = pair.Split('=', 2)[0];
            if (!TrackingParameters.IsTracking(Uri.UnescapeDataString(name)))
            {
                kept.Add(pair);
            }
        }

        // Ordinal sort: stable across machines and cultures, and equal query sets give equal strings.
        kept.Sort(StringComparer.Ordinal);
        return kept;
    }
}
