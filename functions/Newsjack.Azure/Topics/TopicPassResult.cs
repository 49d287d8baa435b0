using Newsjack.Core.Topics;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// One pass's topics and the state to persist: a state that did not change is left out (nothing to write), so
/// <see cref="Clusterer"/> may be null and <see cref="Sketches"/> holds only the partitions that changed.
/// </summary>
public sealed record TopicPassResult(
    IReadOnlyList<Topic> Topics, StoryClustererState? Clusterer, IReadOnlyDictionary<string, SignificanceSketch> Sketches, DateTimeOffset CountedThrough);
