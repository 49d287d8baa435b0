using System.Text.Json;
using Newsjack.Core.Text;

namespace Newsjack.Core.Buzz;

public static partial class BuzzEventReader
{
    /// <summary>
    /// The trend path's read of an event: `text`, `createdAt` and `lang` of a BuzzPost event body straight from UTF-8 with Utf8JsonReader, into a
    /// caller's buffer, so the trend path counts posts without building BuzzPost objects. Returns false for events that
    /// are not a JSON object with a string `text` and a valid `createdAt` (they are dead-lettered elsewhere).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, Span<char> textBuffer, out int textLength, out DateTimeOffset createdAt, out TextLanguage language)
    {
        textLength = -1;
        createdAt = default;
        language = TextLanguage.English;
        var hasTime = false;
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Only "text" (4), "lang" (4) and "createdAt" (9) matter; other names are skipped by length first.
                var property = reader.ValueIsEscaped || reader.ValueSpan.Length is 4 or 9 ? Property(ref reader) : 0;
                reader.Read();
                switch (property)
                {
                    case 1 when reader.TokenType == JsonTokenType.String:
                        var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                        textLength = length <= textBuffer.Length ? reader.CopyString(textBuffer) : CopyTruncated(ref reader, textBuffer);
                        break;
                    case 2:
                        hasTime = reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out createdAt);
                        break;
                    case 3 when reader.TokenType == JsonTokenType.String:
                        language = Language(reader.ValueSpan);
                        break;
                    default:
                        reader.TrySkip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return textLength >= 0 && hasTime;
    }

    private static int Property(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("text"u8) ? 1 : reader.ValueTextEquals("createdAt"u8) ? 2 : reader.ValueTextEquals("lang"u8) ? 3 : 0;

    private static int CopyTruncated(ref Utf8JsonReader reader, Span<char> textBuffer)
    {
        var text = reader.GetString() ?? string.Empty;
        var length = Math.Min(text.Length, textBuffer.Length);
        text.AsSpan(0, length).CopyTo(textBuffer);
        return length;
    }

    private static TextLanguage Language(ReadOnlySpan<byte> code)
    {
        Span<char> chars = stackalloc char[8];
        return code.Length <= chars.Length && System.Text.Encoding.UTF8.TryGetChars(code, chars, out var written)
            ? TextLanguages.FromCode(chars[..written])
            : TextLanguage.Other;
    }
}
