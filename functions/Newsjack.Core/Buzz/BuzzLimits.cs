namespace Newsjack.Core.Buzz;

/// <summary>Hard caps on one event, so a hostile or broken producer cannot make us store or parse much.</summary>
public static class BuzzLimits
{
    /// <summary>Largest event body (UTF-8 bytes) we parse; far above any real post, far below the Event Hubs 1 MB cap.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Longest accepted `text` (UTF-16 chars); longer posts are rejected, not silently cut.</summary>
    public const int MaxTextChars = 20_000;

    /// <summary>Longest `id`; keeps the storage row key under the 1 KiB Table limit after escaping.</summary>
    public const int MaxIdChars = 256;

    /// <summary>Longest `author`, `lang` or `url`.</summary>
    public const int MaxFieldChars = 2048;

    /// <summary>Deepest JSON nesting accepted (unknown fields may nest a little).</summary>
    public const int MaxDepth = 16;

    /// <summary>Most events one HTTP request may carry; a body with more is answered 413 before anything is validated or stored.</summary>
    public const int MaxEventsPerRequest = 10_000;

    /// <summary>Line errors one HTTP answer lists, first lines first; `errorsOmitted` counts the rest.</summary>
    public const int MaxErrorsListed = 100;

    /// <summary>Rejected events of one HTTP request kept as dead letters (the sender got every reason in its answer).</summary>
    public const int MaxDeadLettersPerRequest = 100;

    /// <summary>Dead-letter warnings logged per batch or request; one more line counts the rest.</summary>
    public const int MaxLoggedRejections = 10;

    /// <summary>A `createdAt` further ahead of receipt than this is a producer clock or format bug.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromHours(1);
}
