using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Newsjack.Cli.Demo;

/// <summary>
/// Replays a BuzzPost `.jsonl` file into `POST /api/buzz` as NDJSON chunks, as fast as the host takes them
/// (the file's own burst becomes a burst of requests). Post times are shifted so the newest is a minute
/// ago, keeping the stream's shape while staying inside the retention window. Invalid lines go as they are.
/// </summary>
public static class BuzzReplay
{
    public const int ChunkLines = 50;

    public static async Task<BuzzReplayResult> RunAsync(
        HttpClient host, string streamFile, DateTimeOffset now, Action<string> progress, CancellationToken cancellationToken)
    {
        var lines = (await File.ReadAllLinesAsync(streamFile, cancellationToken)).Where(l => l.Length > 0).ToList();
        var shift = now.AddMinutes(-1) - lines.Select(CreatedAt).Where(t => t.HasValue).Max() ?? TimeSpan.Zero;
        var total = new BuzzReplayResult(0, 0, 0, 0, 0);
        foreach (var chunk in lines.Select(l => Shift(l, shift)).Chunk(ChunkLines))
        {
            using var content = new StringContent(string.Join('\n', chunk) + "\n", Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var response = await host.PostAsync(new Uri("/api/buzz", UriKind.Relative), content, cancellationToken);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            total = Add(total, chunk.Length, answer.RootElement);
            progress($"buzz: sent {total.Lines}/{lines.Count} lines (accepted {total.Accepted}, duplicates {total.Duplicates}, dead-lettered {total.Rejected})");
        }

        return total;
    }

    private static BuzzReplayResult Add(BuzzReplayResult total, int lines, JsonElement answer) => new(
        total.Lines + lines,
        total.Accepted + Count(answer, "accepted"),
        total.Duplicates + Count(answer, "duplicates"),
        total.Rejected + Count(answer, "rejected"),
        total.Stale + Count(answer, "stale"));

    private static int Count(JsonElement answer, string name) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : 0;

    private static DateTimeOffset? CreatedAt(string line) =>
        TryParse(line) is { } post && TryTime(post, out var time) ? time : null;

    private static string Shift(string line, TimeSpan shift)
    {
        if (TryParse(line) is not { } post || !TryTime(post, out var time))
        {
            return line;
        }

        post["createdAt"] = (time + shift).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return post.ToJsonString();
    }

    private static JsonObject? TryParse(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryTime(JsonObject post, out DateTimeOffset time)
    {
        time = default;
        return post["createdAt"] is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
