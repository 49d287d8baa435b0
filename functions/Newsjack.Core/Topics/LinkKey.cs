namespace Newsjack.Core.Topics;

/// <summary>A link reduced to host and path (no scheme, `www.`, query, fragment or trailing slash) to match posts to articles.</summary>
public static class LinkKey
{
    public static string? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return (host + uri.AbsolutePath.TrimEnd('/')).ToLowerInvariant();
    }
}
