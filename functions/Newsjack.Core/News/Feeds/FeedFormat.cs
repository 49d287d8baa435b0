namespace Newsjack.Core.News.Feeds;

/// <summary>Syndication formats the parser recognises, named as in the contract (`rss2`, `atom1`, …).</summary>
public enum FeedFormat
{
    Rss2,
    Rss1,
    Rss09,
    Atom1,
    Atom03,
    Json,
}
