using System.Text;
using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>
/// Cuts an HTTP body into events: a JSON array (one event per element) or NDJSON (one per non-blank line).
/// `application/x-ndjson` (or `jsonl`) means NDJSON; otherwise a body starting with `[` is an array and
/// anything else NDJSON, so a single object also works. Each element is validated later on its own.
/// </summary>
public static class BuzzBodySplitter
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static BuzzBodySplit Split(ReadOnlySpan<byte> body, string? contentType)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var declaredLines = contentType is not null
            && (contentType.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || contentType.Contains("jsonl", StringComparison.OrdinalIgnoreCase));
        var trimmed = body.TrimStart(" \t\r\n"u8);
        return !declaredLines && trimmed.Length > 0 && trimmed[0] == (byte)'[' ? SplitArray(body) : SplitLines(body);
    }

    private static BuzzBodySplit SplitLines(ReadOnlySpan<byte> body)
    {
        var events = new List<BuzzBodyEvent>();
        var line = 0;
        while (!body.IsEmpty)
        {
            line++;
            var end = body.IndexOf((byte)'\n');
            var text = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (!text.Trim(" \t\r"u8).IsEmpty)
            {
                events.Add(new BuzzBodyEvent(line, Encoding.UTF8.GetString(text.TrimEnd((byte)'\r'))));
            }
        }

        return new BuzzBodySplit(events, []);
    }

    private static BuzzBodySplit SplitArray(ReadOnlySpan<byte> body)
    {
        var events = new List<BuzzBodyEvent>();
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        var line = 1;
        var counted = 0;
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += body[counted..start].Count((byte)'\n');
                counted = start;
                reader.Skip();
                events.Add(new BuzzBodyEvent(line, Encoding.UTF8.GetString(body[start..(int)reader.BytesConsumed])));
            }

            reader.Read();
            return new BuzzBodySplit(events, []);
        }
        catch (JsonException ex)
        {
            var at = (int)(ex.LineNumber ?? 0) + 1;
            return new BuzzBodySplit(events, [new BuzzLineError(at, $"malformed JSON array, nothing read from here on: {ex.Message}")]);
        }
    }
}
