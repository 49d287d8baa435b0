using Newsjack.Core.News.Feeds;

namespace Newsjack.Azure.News;

/// <summary>A fetched and parsed feed: the fetch details, the parsed feed when there was one, or why not.</summary>
public sealed record FeedReadResult(FeedFetchResult Fetch, ParsedFeed? Feed, string? Error)
{
    public bool NotModified => Fetch.Status == FeedFetchStatus.NotModified;
}
