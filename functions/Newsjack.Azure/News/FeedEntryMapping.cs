using Newsjack.Core.News;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Azure.News;

/// <summary>A parsed feed entry as a news item of the contract, credited to the feed it came from.</summary>
internal static class FeedEntryMapping
{
    private const int TitleFromSummaryLength = 140;

    public static NewsItemCandidate ToCandidate(FeedEntry entry, FeedSource feed, DateTimeOffset now)
    {
        var url = string.IsNullOrWhiteSpace(entry.Link) ? null : CanonicalLink.Normalize(entry.Link);
        var item = new NewsItem
        {
            Id = entry.Id,
            Title = Title(entry, url),
            Summary = entry.Summary,
            Url = url,
            Source = feed.Name,
            PublishedAt = entry.PublishedAt ?? now,
            Language = feed.Language,
        };
        return new NewsItemCandidate(item, entry.Guid, entry.PublishedAt is null);
    }

    // The contract requires a title; RSS allows an item with only a description.
    private static string Title(FeedEntry entry, string? url) =>
        !string.IsNullOrWhiteSpace(entry.Title) ? entry.Title
        : entry.Summary is { Length: > 0 } summary ? (summary.Length > TitleFromSummaryLength ? summary[..TitleFromSummaryLength] + "…" : summary)
        : url ?? "(untitled)";
}
