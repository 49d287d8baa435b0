using Azure;
using Newsjack.Core.Topics;
using Newsjack.Core.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// What `DetectTopics` resumes from: the clusterer's stories and the trend sketch, each with the ETag it was read
/// at (null: never written), and the time up to which texts were counted into the sketch.
/// </summary>
public sealed record TopicState(
    StoryClustererState Clusterer, ETag? ClustererETag, SignificanceSketch Sketch, DateTimeOffset? CountedThrough, ETag? SketchETag);
