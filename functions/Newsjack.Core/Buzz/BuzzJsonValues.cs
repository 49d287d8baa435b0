using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>
/// Reads one field value from the reader positioned on it, checking type, size and content; returns the
/// error text (or null). Strings may hold tab, CR and LF; every other C0 control character (NUL included)
/// is rejected, because it is never in a real post and breaks storage and downstream text handling.
/// </summary>
internal static class BuzzJsonValues
{
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static string? ReadString(ref Utf8JsonReader reader, string name, int maxChars, bool required, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null && !required)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            var hint = name == "id" && reader.TokenType == JsonTokenType.Number
                ? " (numeric ids are refused: send ids as strings so large ids keep every digit)"
                : string.Empty;
            return $"field '{name}' must be a string, got {Describe(reader.TokenType)}{hint}";
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return $"field '{name}' holds an invalid \\u escape (lone surrogate)";
        }

        if (text.Length > maxChars)
        {
            return $"field '{name}' is {text.Length} characters, over the {maxChars}-character limit";
        }

        var bad = text.AsSpan().IndexOfAny(ForbiddenControls);
        if (bad >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"field '{name}' contains control character U+{(int)text[bad]:X4} at position {bad}");
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            return $"field '{name}' is empty";
        }

        value = text;
        return null;
    }

    public static string? ReadCount(ref Utf8JsonReader reader, string name, out long? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            return $"field '{name}' must be a whole number, got {Describe(reader.TokenType)}";
        }

        if (!reader.TryGetInt64(out var count))
        {
            return $"field '{name}' must be a whole number, got {Raw(ref reader)}";
        }

        if (count < 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"field '{name}' is negative ({count})");
        }

        value = count;
        return null;
    }

    /// <summary>ISO-8601 with an explicit offset or `Z`, as the contract requires (a bare local time is ambiguous).</summary>
    public static string? ReadTime(ref Utf8JsonReader reader, string name, out DateTimeOffset value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return $"field '{name}' must be an ISO-8601 string, got {Describe(reader.TokenType)}";
        }

        // The offset check reads the unescaped text: a producer may legally write `+` as \u002B.
        Span<byte> unescaped = stackalloc byte[128];
        var fits = reader.ValueSpan.Length <= unescaped.Length;
        var text = fits && reader.ValueIsEscaped ? unescaped[..reader.CopyString(unescaped)] : reader.ValueSpan;
        if (!fits || !reader.TryGetDateTimeOffset(out value) || !HasOffset(text))
        {
            return $"field '{name}' is not an ISO-8601 time with offset or Z: {Raw(ref reader)}";
        }

        return null;
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString().ToLowerInvariant(),
    };

    private static bool HasOffset(ReadOnlySpan<byte> raw)
    {
        var t = raw.IndexOfAny("Tt"u8);
        return t >= 0 && raw[(t + 1)..].IndexOfAny("Zz+-"u8) >= 0;
    }

    /// <summary>The raw token, quoted for strings and cut to 64 characters, for error messages.</summary>
    private static string Raw(ref Utf8JsonReader reader)
    {
        var raw = System.Text.Encoding.UTF8.GetString(reader.ValueSpan[..Math.Min(reader.ValueSpan.Length, 64)]);
        return reader.TokenType == JsonTokenType.String ? $"'{raw}'" : raw;
    }
}
