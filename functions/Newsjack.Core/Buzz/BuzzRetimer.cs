using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Newsjack.Core.Buzz;

/// <summary>
/// Moves the `createdAt` of recorded events by a fixed offset, so an old recording replays as live buzz
/// (posts older than the 72 h window would be stale). Lines that are not readable events pass unchanged:
/// the server reports them as it would anyway.
/// </summary>
public static class BuzzRetimer
{
    /// <summary>Keeps `+` in offsets and non-ASCII text readable instead of \uXXXX escapes.</summary>
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DateTimeOffset? CreatedAt(string line)
    {
        try
        {
            return JsonNode.Parse(line) is JsonObject o && o["createdAt"] is JsonValue v && v.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string Shift(string line, TimeSpan offset)
    {
        try
        {
            if (JsonNode.Parse(line) is not JsonObject o || CreatedAt(line) is not { } time)
            {
                return line;
            }

            o["createdAt"] = (time + offset).ToString("o", CultureInfo.InvariantCulture);
            return o.ToJsonString(Relaxed);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return line;
        }
    }
}
