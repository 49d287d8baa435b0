namespace Newsjack.Core.Topics;

/// <summary>Knobs of <see cref="StoryClusterer"/>; the defaults were tuned on the labelled story fixture (see docs/design/topics.md).</summary>
public sealed record StoryClusterOptions
{
    /// <summary>Least cosine similarity between an item and a story's centre for the item to join it.</summary>
    public double SimilarityThreshold { get; init; } = 0.15;

    /// <summary>Least number of distinct terms an item must share with a story, so one shared word ("storm") never links stories.</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>A story that got no item for this long takes no new ones (a new story starts instead).</summary>
    public TimeSpan MaxGap { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Terms kept per story centre; bounds memory per story.</summary>
    public int CentroidTerms { get; init; } = 60;

    /// <summary>SimHash distance (of 64 bits) under which an item is a syndicated copy of an earlier one.</summary>
    public int DuplicateDistance { get; init; } = 3;

    /// <summary>Title words count this many times a summary word.</summary>
    public double TitleWeight { get; init; } = 2.0;
}
