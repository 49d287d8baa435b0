namespace Newsjack.Azure.Topics;

/// <summary>
/// What one `DetectTopics` run did: inputs in the window, topics detected, rows written, left as they were, retired or
/// purged; and how many item, post and topic rows it fetched from storage (only those new, updated or late since the
/// previous run; topic rows only those another writer changed).
/// </summary>
public sealed record TopicsRunReport(int Items, int Posts, int Topics, int Written, int Unchanged, int Retired, int Purged, int Attempts)
{
    public int ItemsFetched { get; init; }

    public int PostsFetched { get; init; }

    public int TopicRowsFetched { get; init; }
}
