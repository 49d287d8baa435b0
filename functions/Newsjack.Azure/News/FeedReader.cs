using Newsjack.Core.News.Feeds;

namespace Newsjack.Azure.News;

/// <summary>Fetch + parse of one feed URL, without storage: what a poll does first and all that `feeds check` does.</summary>
public sealed class FeedReader(FeedFetcher fetcher)
{
    public async Task<FeedReadResult> ReadAsync(string feed, Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        var fetch = await fetcher.FetchAsync(feed, url, validators, cancellationToken);
        if (fetch.Status != FeedFetchStatus.Fetched)
        {
            return new FeedReadResult(fetch, null, fetch.Error);
        }

        var parsed = FeedParser.Parse(fetch.Content.Span, fetch.ContentType);
        return parsed.Ok && parsed.Feed is { } result
            ? new FeedReadResult(fetch, result, null)
            : new FeedReadResult(fetch, null, "not a feed: " + parsed.Error);
    }
}
