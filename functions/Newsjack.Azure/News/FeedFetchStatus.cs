namespace Newsjack.Azure.News;

/// <summary>How a fetch ended: a body to parse, 304 (nothing changed), or a failure with a reason.</summary>
public enum FeedFetchStatus
{
    Fetched,
    NotModified,
    Failed,
}
