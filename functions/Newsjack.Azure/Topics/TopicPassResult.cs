using Newsjack.Core.Topics;
using Newsjack.Core.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>One pass's topics and the state to persist; a state that did not change is null (nothing to write).</summary>
public sealed record TopicPassResult(IReadOnlyList<Topic> Topics, StoryClustererState? Clusterer, SignificanceSketch? Sketch, DateTimeOffset CountedThrough);
