namespace Newsjack.Azure.News;

/// <summary>One poll of one feed: new items stored, items already stored, or the error recorded in its health.</summary>
public sealed record FeedPollOutcome(string Feed, FeedPollStatus Status, int NewItems, int Duplicates, string? Error, FeedFetchResult Fetch)
{
    public int ConsecutiveFailures { get; init; }
}
