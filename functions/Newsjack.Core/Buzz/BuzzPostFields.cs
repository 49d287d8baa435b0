using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>The fields of one event as they are read, before they become a <see cref="BuzzPost"/>.</summary>
internal sealed class BuzzPostFields
{
    private string? _id;
    private string? _platform;
    private string? _text;
    private DateTimeOffset _createdAt;
    private string? _author;
    private long? _authorFollowers;
    private long? _likes;
    private long? _shares;
    private long? _replies;
    private string? _lang;
    private string? _url;

    public BuzzField Seen { get; private set; }

    /// <summary>Reads the value of <paramref name="field"/>; returns the error or null.</summary>
    public string? ReadValue(ref Utf8JsonReader reader, BuzzField field)
    {
        Seen |= field;
        var name = BuzzFieldNames.Name(field);
        return field switch
        {
            BuzzField.Id => BuzzJsonValues.ReadString(ref reader, name, BuzzLimits.MaxIdChars, required: true, out _id),
            BuzzField.Platform => ReadPlatform(ref reader),
            BuzzField.Text => BuzzJsonValues.ReadString(ref reader, name, BuzzLimits.MaxTextChars, required: true, out _text),
            BuzzField.CreatedAt => BuzzJsonValues.ReadTime(ref reader, name, out _createdAt),
            BuzzField.Author => BuzzJsonValues.ReadString(ref reader, name, BuzzLimits.MaxFieldChars, required: false, out _author),
            BuzzField.AuthorFollowers => BuzzJsonValues.ReadCount(ref reader, name, out _authorFollowers),
            BuzzField.Likes => BuzzJsonValues.ReadCount(ref reader, name, out _likes),
            BuzzField.Shares => BuzzJsonValues.ReadCount(ref reader, name, out _shares),
            BuzzField.Replies => BuzzJsonValues.ReadCount(ref reader, name, out _replies),
            BuzzField.Lang => BuzzJsonValues.ReadString(ref reader, name, BuzzLimits.MaxFieldChars, required: false, out _lang),
            BuzzField.Url => BuzzJsonValues.ReadString(ref reader, name, BuzzLimits.MaxFieldChars, required: false, out _url),
            _ => null,
        };
    }

    public BuzzPost ToPost() => new()
    {
        Id = _id!,
        Platform = _platform!,
        Text = _text!,
        CreatedAt = _createdAt,
        Author = _author,
        AuthorFollowers = _authorFollowers,
        Likes = _likes,
        Shares = _shares,
        Replies = _replies,
        Lang = _lang,
        Url = _url,
    };

    private string? ReadPlatform(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return $"field 'platform' must be a string, got {BuzzJsonValues.Describe(reader.TokenType)}";
        }

        // Platform names are short: decode onto the stack and map to the shared canonical instance.
        Span<char> name = stackalloc char[16];
        var length = reader.ValueSpan.Length <= 16 && !reader.ValueIsEscaped ? reader.CopyString(name) : -1;
        _platform = length >= 0 ? BuzzPlatforms.Canonical(name[..length]) : BuzzPlatforms.Canonical(reader.GetString());
        return _platform is null
            ? $"unknown platform '{Cut(reader.GetString())}' (expected one of {string.Join(", ", BuzzPlatforms.All)})"
            : null;
    }

    private static string Cut(string? value) => value is { Length: > 64 } ? value[..64] + "…" : value ?? string.Empty;
}
