using Azure;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Topics;

/// <summary>
/// What `DetectTopics` resumes from: the clusterer's stories with the ETag it was read at (null: never written), and
/// one trend sketch per source partition that has one stored (Event Hub partition id, `http`, `news`).
/// </summary>
public sealed record TopicState(StoryClustererState Clusterer, ETag? ClustererETag, IReadOnlyDictionary<string, PartitionSketch> Sketches);
