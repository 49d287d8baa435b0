namespace Newsjack.Core.Topics;

/// <summary>
/// One story or social trend, as later stages (brand scoring, cards) read it. Ids look like `t-3f9a0c`,
/// come from the topic's first item (or its hashtag) and so stay the same as the topic grows and across restarts.
/// </summary>
public sealed record Topic
{
    public required string Id { get; init; }

    /// <summary>Readable label: the headline closest to the topic's centre, or the hashtag for a social-only topic.</summary>
    public required string Label { get; init; }

    /// <summary>Where the topic came from: <see cref="TopicOrigin.News"/> or <see cref="TopicOrigin.Social"/> (a hashtag with no news yet).</summary>
    public TopicOrigin Origin { get; init; } = TopicOrigin.News;

    /// <summary>Most characteristic normalized terms and phrases, strongest first (`red carpet`, `oscar`).</summary>
    public IReadOnlyList<string> KeyTerms { get; init; } = [];

    /// <summary>Hashtags seen in the topic's items and posts, most used first, with their `#`.</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public IReadOnlyList<string> ItemIds { get; init; } = [];

    /// <summary>Ids of items folded in as near-duplicates (syndicated copies) of another item; also listed in <see cref="ItemIds"/>.</summary>
    public IReadOnlyList<string> DuplicateItemIds { get; init; } = [];

    public int PostCount { get; init; }

    public DateTimeOffset FirstSeen { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    /// <summary>Distinct outlets (NewsItem.source) that carried the topic, most items first.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>The most engaged attached posts (at most a handful), so later stages can learn what a hashtag is about.</summary>
    public IReadOnlyList<TopicSamplePost> SamplePosts { get; init; } = [];

    public TopicMomentum? Momentum { get; init; }
}
