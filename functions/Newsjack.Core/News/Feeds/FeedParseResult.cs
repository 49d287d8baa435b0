namespace Newsjack.Core.News.Feeds;

/// <summary>The outcome of parsing one feed document: a feed, or a reason (with line and column where known).</summary>
public sealed record FeedParseResult(bool Ok, ParsedFeed? Feed, string? Error)
{
    public static FeedParseResult Success(ParsedFeed feed) => new(true, feed, null);

    public static FeedParseResult Failure(string error) => new(false, null, error);
}
