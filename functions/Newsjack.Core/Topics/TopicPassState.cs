using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Topics;

/// <summary>
/// What a <see cref="TopicPass"/> resumes from: the clusterer's stories (null: none) and one trend sketch per source
/// partition. <see cref="Empty"/> is the stateless run.
/// </summary>
public sealed record TopicPassState(StoryClustererState? Clusterer, IReadOnlyDictionary<string, CountedSketch> Sketches)
{
    public static TopicPassState Empty { get; } = new(null, new Dictionary<string, CountedSketch>());
}
