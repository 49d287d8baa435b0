using Azure;
using Newsjack.Core.Topics;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// What `DetectTopics` resumes from: the clusterer's stories with the ETag it was read at (null: never written), and
/// one trend sketch per source partition that has one stored (Event Hub partition id, `http`, `news`).
/// </summary>
public sealed record TopicState(StoryClustererState Clusterer, ETag? ClustererETag, IReadOnlyDictionary<string, PartitionSketch> Sketches)
{
    /// <summary>The state as the Core topic pass reads it (without the ETags).</summary>
    public TopicPassState Pass => new(Clusterer, Sketches.ToDictionary(p => p.Key, p => new CountedSketch(p.Value.Sketch, p.Value.CountedThrough), StringComparer.Ordinal));
}
