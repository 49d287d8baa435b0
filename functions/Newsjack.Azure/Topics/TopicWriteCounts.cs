namespace Newsjack.Azure.Topics;

/// <summary>
/// Rows a topics save wrote (new or changed), left alone (same content), moved from an older day partition, and
/// retired (active in the window but no longer a topic); and how many stored rows it read in full to compare (all of
/// them on a host's first save, afterwards only those another writer added or changed).
/// </summary>
public sealed record TopicWriteCounts(int Written, int Unchanged, int Moved, int Retired)
{
    public int Read { get; init; }
}
