using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Newsjack.Core.Topics;

/// <summary>
/// Reads a `.jsonl` file of contract records (NewsItem, BuzzPost), one object per line; blank lines are skipped.
/// A bad line throws <see cref="InvalidDataException"/> naming the source, the line and the field.
/// </summary>
public static class JsonLines
{
    public static IReadOnlyList<T> Read<T>(Stream stream, JsonTypeInfo<T> typeInfo, string source)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new List<T>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                records.Add(JsonSerializer.Deserialize(line, typeInfo) ?? throw new JsonException("the line is null, not an object"));
            }
            catch (JsonException ex)
            {
                var field = ex.Path is { Length: > 2 } path ? $" (field {path[2..]})" : string.Empty;
                throw new InvalidDataException($"{source} line {lineNumber}{field}: {FirstSentence(ex.Message)}", ex);
            }
        }

        return records;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
