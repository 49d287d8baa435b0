namespace Newsjack.Azure.Topics;

/// <summary>
/// Rows a topics save wrote (new or changed), left alone (same content), moved from an older day partition, and
/// retired (active in the window but no longer a topic).
/// </summary>
public sealed record TopicWriteCounts(int Written, int Unchanged, int Moved, int Retired);
