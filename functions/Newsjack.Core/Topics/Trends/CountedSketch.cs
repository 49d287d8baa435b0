namespace Newsjack.Core.Topics.Trends;

/// <summary>One source partition's trend sketch and the time up to which its texts were counted (null: none yet).</summary>
public sealed record CountedSketch(SignificanceSketch Sketch, DateTimeOffset? CountedThrough);
