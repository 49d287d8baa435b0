namespace Newsjack.Bench;

/// <summary>What `newsjack bench` prints: posts per second on both paths, their ratio (target ≥ 0.5), allocation per post on the trend path and the fixed state size.</summary>
public sealed record TrendThroughputReport(
    int Posts,
    double TrendPostsPerSecond,
    double DeserializePostsPerSecond,
    double Ratio,
    double TrendAllocatedBytesPerPost,
    long StateBytes);
