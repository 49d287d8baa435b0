namespace Newsjack.Core.News.Feeds;

/// <summary>The contract's names for <see cref="FeedFormat"/> values (`rss2`, `atom03`, `json`, …).</summary>
public static class FeedFormatNames
{
    public static string ToContractName(this FeedFormat format) => format switch
    {
        FeedFormat.Rss2 => "rss2",
        FeedFormat.Rss1 => "rss1",
        FeedFormat.Rss09 => "rss09",
        FeedFormat.Atom1 => "atom1",
        FeedFormat.Atom03 => "atom03",
        FeedFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown feed format"),
    };
}
