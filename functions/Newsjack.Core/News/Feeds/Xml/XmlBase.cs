using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>xml:base handling: combines base URIs down the tree and resolves relative links against them.</summary>
internal static partial class XmlBase
{
    private static readonly XName BaseAttribute = XNamespace.Xml + "base";

    /// <summary>The effective base of <paramref name="element"/>: <paramref name="outer"/> refined by every xml:base on the way down.</summary>
    public static string? Of(XElement element, string? outer)
    {
        var chain = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(BaseAttribute)).Where(b => b is not null).Reverse();
        var result = outer;
        foreach (var value in chain)
        {
            result = Resolve(result, value);
        }

        return result;
    }

    /// <summary>Resolves <paramref name="link"/> against <paramref name="baseUri"/>; absolute links come back trimmed and unchanged.</summary>
    public static string? Resolve(string? baseUri, string? link)
    {
        var trimmed = link?.Trim();
        if (trimmed is null || string.IsNullOrEmpty(baseUri) || HasScheme().IsMatch(trimmed))
        {
            return trimmed;
        }

        return HasScheme().IsMatch(baseUri) && Uri.TryCreate(baseUri, UriKind.Absolute, out var absolute)
            && Uri.TryCreate(absolute, trimmed, out var resolved)
            ? resolved.AbsoluteUri
            : trimmed;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex HasScheme();
}
