using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.News;

/// <summary>News ingestion log events. Feeds are named, never shown by URL (query strings may hold keys).</summary>
internal static partial class NewsLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Feed {Feed}: {NewItems} new, {Duplicates} already seen ({Bytes} bytes, {ElapsedMs} ms)")]
    public static partial void Polled(ILogger logger, string feed, int newItems, int duplicates, long bytes, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Feed {Feed}: not modified")]
    public static partial void NotModified(ILogger logger, string feed);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Feed {Feed}: poll failed ({ConsecutiveFailures} in a row): {Error}")]
    public static partial void PollFailed(ILogger logger, string feed, int consecutiveFailures, string error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Scheduled {Count} of {Total} feeds for polling")]
    public static partial void Scheduled(ILogger logger, int count, int total);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Feed poll message names no configured feed: {Feed}")]
    public static partial void UnknownFeed(ILogger logger, string feed);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Feed poll message is not valid JSON {{ \"feed\": \"name\" }}; dropped")]
    public static partial void BadMessage(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Feed {Feed}: fetch from {Host} ended {Status} after {Redirects} redirects")]
    public static partial void Fetched(ILogger logger, string feed, string host, FeedFetchStatus status, int redirects);
}
