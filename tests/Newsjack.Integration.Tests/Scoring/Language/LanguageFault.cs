namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>A scripted answer that replaces the normal one for one request.</summary>
internal sealed record LanguageFault(int Status, string? Code = null, string? RetryAfter = null, TimeSpan Delay = default)
{
    public static LanguageFault Throttled(string retryAfter) => new(429, "TooManyRequests", retryAfter);

    public static LanguageFault ServerError() => new(500, "InternalServerError");

    public static LanguageFault Unavailable() => new(503, "ServiceUnavailable");

    public static LanguageFault Slow(TimeSpan delay) => new(200, Delay: delay);

    /// <summary>An async-job style 202 with no body, which the sync endpoint must never give.</summary>
    public static LanguageFault Accepted() => new(202);
}
