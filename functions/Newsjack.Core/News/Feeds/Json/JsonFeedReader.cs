using System.Text;
using System.Text.Json;
using Newsjack.Core.News.Feeds.Text;

namespace Newsjack.Core.News.Feeds.Json;

/// <summary>
/// Reads JSON Feed 1.0 / 1.1 (`version` is a jsonfeed.org URL). Other JSON (an RSS document serialised as JSON,
/// truncated or invalid JSON) is rejected with a reason naming line and column.
/// </summary>
internal static class JsonFeedReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    public static FeedParseResult Read(ReadOnlySpan<byte> body, Encoding encoding)
    {
        var utf8 = encoding.CodePage == 65001 ? body : Encoding.UTF8.GetBytes(encoding.GetString(body));
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: " : string.Empty;
            return FeedParseResult.Failure($"{where}invalid JSON: {FirstSentence(ex.Message)}");
        }

        if (root.ValueKind != JsonValueKind.Object || !IsJsonFeedVersion(root))
        {
            var what = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rss", out _) ? "an RSS document serialised as JSON" : "JSON without a jsonfeed.org \"version\"";
            return FeedParseResult.Failure($"not a JSON Feed: {what}");
        }

        var items = new List<FeedEntry>();
        if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            items.AddRange(array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(JsonFeedItem.Read));
        }

        return FeedParseResult.Success(new ParsedFeed(
            PlainText.Collapse(JsonFeedItem.Text(root, "title")), JsonFeedItem.Text(root, "home_page_url")?.Trim(), FeedFormat.Json, items));
    }

    private static bool IsJsonFeedVersion(JsonElement root) =>
        JsonFeedItem.Text(root, "version") is { } version
        && (version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase)
            || version.StartsWith("http://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }
}
