namespace Newsjack.Core.News.Feeds;

/// <summary>
/// One feed entry. <see cref="Id"/> is a stable hash (see <see cref="FeedEntryId"/>); text fields are plain text;
/// <see cref="PublishedAt"/> is the published date, else the updated date, else null.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Guid is the RSS element's name, agreed in the brief.")]
public sealed record FeedEntry(
    string Id,
    string? Title,
    string? Link,
    DateTimeOffset? PublishedAt,
    string? Summary,
    string? Guid);
