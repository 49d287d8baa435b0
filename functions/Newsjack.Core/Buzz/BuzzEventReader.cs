using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>
/// Turns one raw event body into a valid <see cref="BuzzPost"/> or a precise rejection reason. Hot path:
/// one forward pass of <see cref="Utf8JsonReader"/>, allocating only the post and its strings.
/// Unknown fields are skipped (producers may add fields); a known field given twice is rejected, because
/// which copy wins differs between JSON parsers. The trend path's cheaper read is <see cref="TryRead"/>.
/// </summary>
public static partial class BuzzEventReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = BuzzLimits.MaxDepth };

    private static BuzzReadResult Truncated { get; } = BuzzReadResult.Invalid("not valid JSON: body ends before the object is complete");

    public static BuzzReadResult Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > BuzzLimits.MaxBodyBytes)
        {
            return TooLarge(body.Length);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, buffer);
            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static BuzzReadResult Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > BuzzLimits.MaxBodyBytes)
        {
            return TooLarge(utf8.Length);
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return BuzzReadResult.Invalid("body is empty");
        }

        try
        {
            return Parse(utf8);
        }
        catch (JsonException ex)
        {
            return BuzzReadResult.Invalid($"not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            return BuzzReadResult.Invalid("not valid JSON: a string holds an invalid \\u escape (lone surrogate)");
        }
    }

    /// <summary>
    /// Reads as a non-final block, so a cut-off body (the commonest corruption) ends with Read() returning
    /// false instead of a costly JsonException; the object's closing brace proves it is complete.
    /// </summary>
    private static BuzzReadResult Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(Options));
        if (!reader.Read())
        {
            return Truncated;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return BuzzReadResult.Invalid($"body is a JSON {BuzzJsonValues.Describe(reader.TokenType)}, expected an object");
        }

        var fields = new BuzzPostFields();
        while (true)
        {
            if (!reader.Read())
            {
                return Truncated;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var field = BuzzFieldNames.Match(ref reader);
            if (!reader.Read() || (field == BuzzField.None && !reader.TrySkip()))
            {
                return Truncated;
            }

            var error = field == BuzzField.None ? null
                : fields.Seen.HasFlag(field) ? $"duplicate field '{BuzzFieldNames.Name(field)}'"
                : fields.ReadValue(ref reader, field);
            if (error is not null)
            {
                return BuzzReadResult.Invalid(error);
            }
        }

        if (reader.Read())
        {
            return BuzzReadResult.Invalid("not valid JSON: more data after the object");
        }

        return fields.Seen.HasFlag(BuzzField.Required)
            ? BuzzReadResult.Valid(fields.ToPost())
            : BuzzReadResult.Invalid(Missing(fields.Seen));
    }

    private static string Missing(BuzzField seen)
    {
        var missing = new[] { BuzzField.Id, BuzzField.Platform, BuzzField.Text, BuzzField.CreatedAt }
            .Where(f => !seen.HasFlag(f))
            .Select(f => $"'{BuzzFieldNames.Name(f)}'");
        return $"missing required field {string.Join(", ", missing)}";
    }

    private static BuzzReadResult TooLarge(int size) => BuzzReadResult.Invalid(
        string.Create(CultureInfo.InvariantCulture, $"body is {size} bytes, over the {BuzzLimits.MaxBodyBytes}-byte limit"));
}
