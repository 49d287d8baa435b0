namespace Newsjack.Azure.News;

/// <summary>What the last successful fetch returned for conditional GET (`If-None-Match`, `If-Modified-Since`).</summary>
public sealed record FeedValidators(string? ETag, string? LastModified)
{
    public static FeedValidators None { get; } = new(null, null);
}
