using System.Globalization;
using System.Text.Json.Serialization;

namespace Newsjack.Core.News.Feeds.Output;

/// <summary>One item of the contract: absent values are written as null, dates as ISO-8601 UTC with `Z`.</summary>
public sealed record FeedItemOutput(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Link,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PublishedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Summary)
{
    public static FeedItemOutput From(FeedEntry entry) => new(
        entry.Id,
        entry.Title,
        entry.Link,
        entry.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        entry.Summary);
}
