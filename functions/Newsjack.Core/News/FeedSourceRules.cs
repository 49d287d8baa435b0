using System.Text.RegularExpressions;

namespace Newsjack.Core.News;

/// <summary>What a valid feed entry looks like; each check returns the problem or null.</summary>
public static partial class FeedSourceRules
{
    public const int MinPollMinutes = 1;
    public const int MaxPollMinutes = 1440;
    public const int MaxNameLength = 100;

    public static string? CheckName(string? name) => name switch
    {
        null or { Length: 0 } => "is required",
        { Length: > MaxNameLength } => $"is longer than {MaxNameLength} characters",
        // The name is the feed's table row key and an outlet list entry.
        _ when name.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)) => "must not contain / \\ # ? or control characters",
        _ when name.Trim().Length != name.Length => "must not start or end with spaces",
        _ => null,
    };

    public static string? CheckUrl(string? url, out Uri? parsed)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return "is required";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "must be an absolute http or https URL";
        }

        parsed = uri;
        return null;
    }

    public static string? CheckLanguage(string? language) =>
        language is null || LanguageTag().IsMatch(language) ? null : $"'{language}' is not a BCP-47 language tag (e.g. en, pt-BR)";

    public static string? CheckPollMinutes(int minutes) =>
        minutes is >= MinPollMinutes and <= MaxPollMinutes ? null : $"{minutes} is outside {MinPollMinutes}..{MaxPollMinutes}";

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
