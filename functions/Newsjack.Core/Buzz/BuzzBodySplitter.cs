using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Newsjack.Core.Buzz;

/// <summary>
/// Cuts an HTTP body into events: a JSON array (one event per element) or NDJSON (one per non-blank line).
/// `application/x-ndjson` (or `jsonl`) means NDJSON; otherwise a body starting with `[` is an array and
/// anything else NDJSON, so a single object also works. Each element is validated later on its own. It stops
/// after <see cref="BuzzLimits.MaxEventsPerRequest"/> events, so a body of tiny lines costs little; bytes that are
/// not UTF-8 are named, not silently replaced.
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
                if (events.Count == BuzzLimits.MaxEventsPerRequest)
                {
                    return new BuzzBodySplit(events, []) { TooManyEvents = true };
                }

                events.Add(Event(line, text.TrimEnd((byte)'\r')));
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
                if (events.Count == BuzzLimits.MaxEventsPerRequest)
                {
                    return new BuzzBodySplit(events, []) { TooManyEvents = true };
                }

                var start = (int)reader.TokenStartIndex;
                line += body[counted..start].Count((byte)'\n');
                counted = start;
                reader.Skip();
                events.Add(Event(line, body[start..(int)reader.BytesConsumed]));
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

    private static BuzzBodyEvent Event(int line, ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (Utf8.IsValid(bytes))
        {
            return new BuzzBodyEvent(line, text);
        }

        var scratch = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, scratch, out var validBytes, out _, replaceInvalidSequences: false);
            return new BuzzBodyEvent(line, text)
            {
                EncodingError = $"not valid UTF-8: byte {validBytes + 1} of the event (0x{bytes[validBytes]:X2}); send UTF-8 text",
            };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}
