namespace Newsjack.Core.News.Feeds;

/// <summary>A parsed feed: plain-text title, absolute home link, detected format and its entries in document order.</summary>
public sealed record ParsedFeed(string? Title, string? Link, FeedFormat Format, IReadOnlyList<FeedEntry> Items);
