namespace Newsjack.Azure.Topics;

/// <summary>What one `DetectTopics` run did: inputs read, topics detected, rows written, left as they were, retired or purged.</summary>
public sealed record TopicsRunReport(int Items, int Posts, int Topics, int Written, int Unchanged, int Retired, int Purged, int Attempts);
