namespace Newsjack.Azure.Topics;

/// <summary>Rows a topics save wrote (new or changed), left alone (same content) and moved from an older day partition.</summary>
public sealed record TopicWriteCounts(int Written, int Unchanged, int Moved);
