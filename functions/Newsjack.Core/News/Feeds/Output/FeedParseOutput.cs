using System.Text.Json.Serialization;

namespace Newsjack.Core.News.Feeds.Output;

/// <summary>One element of the `newsjack feeds parse` contract array: the file as given, and a feed or an error.</summary>
public sealed record FeedParseOutput(
    string File,
    bool Ok,
    FeedSummaryOutput? Feed,
    IReadOnlyList<FeedItemOutput>? Items,
    string? Error)
{
    public static FeedParseOutput From(string file, FeedParseResult result) => result.Feed is { } feed && result.Ok
        ? new FeedParseOutput(file, true, FeedSummaryOutput.From(feed), feed.Items.Select(FeedItemOutput.From).ToList(), null)
        : Failed(file, result.Error ?? "unknown error");

    public static FeedParseOutput Failed(string file, string error) => new(file, false, null, null, error);
}

/// <summary>The `feed` object of the contract: title, link, format name.</summary>
public sealed record FeedSummaryOutput(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Link,
    string Format)
{
    public static FeedSummaryOutput From(ParsedFeed feed) => new(feed.Title, feed.Link, feed.Format.ToContractName());
}
