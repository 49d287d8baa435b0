namespace Newsjack.Core.Topics;

/// <summary>Knobs of <see cref="TopicBuzzLinker"/>.</summary>
public sealed record BuzzLinkOptions
{
    /// <summary>Least cosine between a post and a story centre for a post linked by words alone.</summary>
    public double SimilarityThreshold { get; init; } = 0.2;

    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Posts a hashtag needs, with no story, to become its own social topic.</summary>
    public int MinHashtagPosts { get; init; } = 3;
}
