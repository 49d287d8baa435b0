namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Collects the feed-level fields (first occurrence wins) and the entries while the walker streams.</summary>
internal sealed class FeedBuilder(FeedFormat format)
{
    private readonly List<FeedEntry> _items = [];

    public FeedFormat Format => format;

    public string? Title { get; private set; }

    public string? Link { get; private set; }

    /// <summary>A link from `atom:link rel=alternate` inside an RSS channel, used only when the channel has no `link`.</summary>
    public string? FallbackLink { get; set; }

    public void SetTitle(string? title) => Title ??= title;

    /// <summary>The channel's `dc:title`, used only when it has no `title`.</summary>
    public string? FallbackTitle { get; set; }

    /// <summary>The last non-empty link wins, as in gofeed and feedparser.</summary>
    public void SetLink(string? link) => Link = string.IsNullOrEmpty(link) ? Link : link;

    public void Add(FeedEntry entry) => _items.Add(entry);

    /// <summary>Atom: the first alternate link wins.</summary>
    public void SetFirstLink(string? link) => Link ??= string.IsNullOrEmpty(link) ? null : link;

    public ParsedFeed Build() => new(Title ?? FallbackTitle, Link ?? FallbackLink, format, _items);
}
