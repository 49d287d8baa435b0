namespace Newsjack.Azure.News;

/// <summary>How one poll ended.</summary>
public enum FeedPollStatus
{
    Updated,
    NotModified,
    Failed,
}
