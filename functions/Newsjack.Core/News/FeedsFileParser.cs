using System.Globalization;
using System.Text.Json;

namespace Newsjack.Core.News;

/// <summary>
/// Reads a feeds file, <c>{ "feeds": [ { "name", "url", "language", "pollMinutes" } ] }</c>, and reports every
/// problem at once, each naming the file, the feed (index and name) and the field. Unknown fields are ignored.
/// </summary>
public static class FeedsFileParser
{
    public const int DefaultPollMinutes = 5;

    public static FeedsFileParseResult Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            return Failed($"{fileName}: line {line.ToString(CultureInfo.InvariantCulture)}: invalid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("feeds", out var feeds) || feeds.ValueKind != JsonValueKind.Array)
            {
                return Failed($"{fileName}: expected an object with a \"feeds\" array");
            }

            var errors = new List<string>();
            var sources = new List<FeedSource>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var feed in feeds.EnumerateArray())
            {
                var source = ReadFeed(feed, $"{fileName}: feeds[{index.ToString(CultureInfo.InvariantCulture)}]", errors);
                if (source is not null && !names.Add(source.Name))
                {
                    errors.Add($"{fileName}: feeds[{index.ToString(CultureInfo.InvariantCulture)}] (\"{source.Name}\"): name: duplicate of an earlier feed (names are compared ignoring case)");
                }
                else if (source is not null)
                {
                    sources.Add(source);
                }

                index++;
            }

            return new FeedsFileParseResult(errors.Count == 0 ? sources : [], errors);
        }
    }

    private static FeedSource? ReadFeed(JsonElement feed, string where, List<string> errors)
    {
        if (feed.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{where}: expected an object");
            return null;
        }

        var before = errors.Count;
        var name = ReadString(feed, "name", where, errors);
        var label = name is null ? where : $"{where} (\"{name}\")";
        Check(FeedSourceRules.CheckName(name), label, "name", errors);
        var url = ReadString(feed, "url", label, errors);
        Check(FeedSourceRules.CheckUrl(url, out var uri), label, "url", errors);
        var language = ReadString(feed, "language", label, errors);
        Check(FeedSourceRules.CheckLanguage(language), label, "language", errors);
        var minutes = ReadMinutes(feed, label, errors);
        Check(FeedSourceRules.CheckPollMinutes(minutes), label, "pollMinutes", errors);
        return errors.Count == before ? new FeedSource(name!, uri!, language, minutes) : null;
    }

    private static string? ReadString(JsonElement feed, string field, string where, List<string> errors)
    {
        if (!feed.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{where}: {field}: expected a string, got {value.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        return value.GetString();
    }

    private static int ReadMinutes(JsonElement feed, string where, List<string> errors)
    {
        if (!feed.TryGetProperty("pollMinutes", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return DefaultPollMinutes;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var minutes))
        {
            return minutes;
        }

        errors.Add($"{where}: pollMinutes: expected a whole number, got {value.GetRawText()}");
        return DefaultPollMinutes;
    }

    private static void Check(string? problem, string where, string field, List<string> errors)
    {
        // A field with a type error was already reported; a null problem means the value is fine.
        if (problem is not null && !errors.Any(e => e.StartsWith($"{where}: {field}:", StringComparison.Ordinal)))
        {
            errors.Add($"{where}: {field}: {problem}");
        }
    }

    private static FeedsFileParseResult Failed(string error) => new([], [error]);
}
