using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>
/// The Event Hubs partition key of a recorded BuzzPost line: `platform:author`, so one author's posts stay in
/// order on one partition. A line that is no JSON object or has no platform gets no key (the service spreads
/// such events; the ingest function dead-letters them anyway).
/// </summary>
public static class BuzzPartitionKey
{
    public static string? Of(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("platform", out var platform) || platform.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            return root.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.String && author.GetString() is { Length: > 0 } handle
                ? $"{platform.GetString()}:{handle}"
                : platform.GetString();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
