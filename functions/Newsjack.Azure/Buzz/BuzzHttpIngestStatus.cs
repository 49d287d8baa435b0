namespace Newsjack.Azure.Buzz;

/// <summary>How an HTTP body went as a whole (the endpoint maps it to 200, 413, 400 or 415).</summary>
public enum BuzzHttpIngestStatus
{
    /// <summary>At least one event was valid (accepted, duplicate or stale); per-line errors may remain.</summary>
    Ok,

    /// <summary>The body is over <see cref="Newsjack.Core.Buzz.BuzzBodySplitter.MaxBodyBytes"/>; nothing was read.</summary>
    TooLarge,

    /// <summary>No event in the body was valid (or it held none).</summary>
    NothingParsable,

    /// <summary>The Content-Type is not JSON or NDJSON (a form or `text/plain` post, as a foreign web page sends); nothing was read.</summary>
    UnsupportedMediaType,
}
