namespace Newsjack.Azure.News;

/// <summary>One fetch of one feed URL: status, body (only when fetched), validators for next time, and details.</summary>
public sealed record FeedFetchResult
{
    public required FeedFetchStatus Status { get; init; }

    /// <summary>The final HTTP status (after redirects); null when no response arrived (timeout, connection refused).</summary>
    public int? StatusCode { get; init; }

    public ReadOnlyMemory<byte> Content { get; init; }
    public string? ContentType { get; init; }
    public FeedValidators Validators { get; init; } = FeedValidators.None;
    public int Redirects { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Why the fetch failed, without the URL (query strings may carry keys).</summary>
    public string? Error { get; init; }

    public long Bytes => Content.Length;
}
