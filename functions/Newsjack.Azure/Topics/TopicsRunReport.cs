namespace Newsjack.Azure.Topics;

/// <summary>What one `DetectTopics` run did: inputs read, topics detected, rows written or left as they were.</summary>
public sealed record TopicsRunReport(int Items, int Posts, int Topics, int Written, int Unchanged, int Purged, int Attempts);
