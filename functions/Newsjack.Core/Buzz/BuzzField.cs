using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>The contract's BuzzPost fields, as bits so duplicates and missing required fields are cheap to track.</summary>
[Flags]
internal enum BuzzField
{
    None = 0,
    Id = 1,
    Platform = 2,
    Text = 4,
    CreatedAt = 8,
    Author = 16,
    AuthorFollowers = 32,
    Likes = 64,
    Shares = 128,
    Replies = 256,
    Lang = 512,
    Url = 1024,
    Required = Id | Platform | Text | CreatedAt,
}

/// <summary>Matches a property name token to a <see cref="BuzzField"/> (exact camelCase, escapes decoded, no allocation).</summary>
internal static class BuzzFieldNames
{
    public static BuzzField Match(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? BuzzField.Id
        : reader.ValueTextEquals("platform"u8) ? BuzzField.Platform
        : reader.ValueTextEquals("text"u8) ? BuzzField.Text
        : reader.ValueTextEquals("createdAt"u8) ? BuzzField.CreatedAt
        : reader.ValueTextEquals("author"u8) ? BuzzField.Author
        : reader.ValueTextEquals("authorFollowers"u8) ? BuzzField.AuthorFollowers
        : reader.ValueTextEquals("likes"u8) ? BuzzField.Likes
        : reader.ValueTextEquals("shares"u8) ? BuzzField.Shares
        : reader.ValueTextEquals("replies"u8) ? BuzzField.Replies
        : reader.ValueTextEquals("lang"u8) ? BuzzField.Lang
        : reader.ValueTextEquals("url"u8) ? BuzzField.Url
        : BuzzField.None;

    public static string Name(BuzzField field) => field switch
    {
        BuzzField.Id => "id",
        BuzzField.Platform => "platform",
        BuzzField.Text => "text",
        BuzzField.CreatedAt => "createdAt",
        BuzzField.Author => "author",
        BuzzField.AuthorFollowers => "authorFollowers",
        BuzzField.Likes => "likes",
        BuzzField.Shares => "shares",
        BuzzField.Replies => "replies",
        BuzzField.Lang => "lang",
        BuzzField.Url => "url",
        _ => field.ToString(),
    };
}
