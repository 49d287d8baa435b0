namespace Newsjack.Core.Topics;

/// <summary>Knobs of <see cref="StoryClusterer"/>; the defaults were tuned on the labelled story fixture (see docs/design/topics.md).</summary>
public sealed record StoryClusterOptions
{
    /// <summary>Least cosine similarity between an item and a story's centre for the item to join it.</summary>
    public double SimilarityThreshold { get; init; } = 0.15;

    /// <summary>
    /// When one of an item and a story reports harm (see <see cref="HarmSignal"/>) and the other does not, the item
    /// joins only with this many shared ideas (see <see cref="StoryCluster.SharedIdeas"/>) and
    /// <see cref="MixedHarmThreshold"/>: a tragedy and a feature that share only their setting ("World Cup fans killed
    /// in bus crash" / "World Cup fever: fans plan trips") are two stories, and in one topic the tragedy floors both.
    /// </summary>
    public int MixedHarmSharedTerms { get; init; } = 3;

    /// <summary>Least cosine for an item to join a story when only one of them reports harm (see <see cref="MixedHarmSharedTerms"/>).</summary>
    public double MixedHarmThreshold { get; init; } = 0.25;

    /// <summary>
    /// Least number of distinct ideas an item must share with a story (see <see cref="StoryCluster.SharedIdeas"/>), so one
    /// shared word ("storm") or one stock phrase ("crash course") never links stories.
    /// </summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>
    /// Least cosine between an item's sentence embedding and a story's mean embedding for the item to join it by
    /// meaning when the words do not suffice (one story told in other words). Joining by meaning also needs the
    /// names to agree (see <see cref="StoryMeaning"/>), so two shootings or two storms stay apart.
    /// </summary>
    public double MeaningThreshold { get; init; } = 0.35;

    /// <summary>Least embedding cosine to join by meaning when only one of item and story reports harm.</summary>
    public double MixedHarmMeaningThreshold { get; init; } = 0.45;

    /// <summary>Name words kept per story, the most mentioned first.</summary>
    public int StoryNames { get; init; } = 40;

    /// <summary>A story that got no item for this long takes no new ones (a new story starts instead).</summary>
    public TimeSpan MaxGap { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Terms kept per story centre; bounds memory per story.</summary>
    public int CentroidTerms { get; init; } = 60;

    /// <summary>SimHash distance (of 64 bits) under which an item is a syndicated copy of an earlier one.</summary>
    public int DuplicateDistance { get; init; } = 3;

    /// <summary>Title words count this many times a summary word.</summary>
    public double TitleWeight { get; init; } = 2.0;
}
