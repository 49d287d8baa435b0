namespace Newsjack.Benchmarks.News.Feeds;

/// <summary>The hostile inputs <see cref="HostileFeeds"/> builds: each one stresses one path of the feed repair.</summary>
public enum HostileShape
{
    /// <summary>`&lt;a&gt;` nested 6,250 levels deep (× scale) inside a description, all closed.</summary>
    DeepNesting,

    /// <summary>6,250 `&lt;b&gt;` (× scale) that are never closed: the repair closes them at `&lt;/description&gt;`.</summary>
    UnclosedTags,

    /// <summary>6,250 open `&lt;b&gt;` then as many `&lt;/i&gt;` that close nothing open.</summary>
    StrayEndTags,

    /// <summary>2,500 `&lt;i&gt;a&lt;b&gt;b&lt;/i&gt;c&lt;b&gt;d&lt;/u&gt;&lt;/b&gt;` (× scale): an outer end tag that first closes the inner element, and a misspelled one dropped.</summary>
    MismatchedEndTags,

    /// <summary>2,500 groups (× scale) of HTML-named, C1, upper-case hex, undefined and XML entities.</summary>
    Entities,

    /// <summary>5,000 stray `&amp;` and `&lt;` (× scale) in text, some shaped like broken references.</summary>
    StrayMarkup,

    /// <summary>2,500 CDATA sections (× scale) of HTML in one description.</summary>
    CData,

    /// <summary>1,250 escaped `&lt;![CDATA[` openers (× scale) that share one closer, in escaped HTML.</summary>
    NestedEscapedCData,

    /// <summary>1,250 namespace declarations (× scale) on one inline element, each used by a child.</summary>
    NamespaceDeclarations,
}
