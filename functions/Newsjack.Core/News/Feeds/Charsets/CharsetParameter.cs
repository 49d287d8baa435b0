namespace Newsjack.Core.News.Feeds.Charsets;

/// <summary>Reads the `charset` parameter of an HTTP Content-Type value (`text/xml; charset="koi8-r"`).</summary>
internal static class CharsetParameter
{
    public static string? From(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var part in contentType.Split(';').Skip(1))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim('"', '\'');
            }
        }

        return null;
    }
}
