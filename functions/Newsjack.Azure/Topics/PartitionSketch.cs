using Azure;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// One source partition's trend sketch as restored: the time up to which its texts were counted (null: none yet)
/// and the ETag its blob was read at (null: never written).
/// </summary>
public sealed record PartitionSketch(SignificanceSketch Sketch, DateTimeOffset? CountedThrough, ETag? ETag);
