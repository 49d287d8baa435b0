using System.Globalization;

namespace Newsjack.Core.Buzz;

/// <summary>The two dedupe keys of the reference: content (`platform:id`) and transport (`partition:sequence`).</summary>
public static class BuzzKeys
{
    /// <summary>Same post, whichever event carried it: catches producer retries (new sequence number).</summary>
    public static string Content(BuzzPost post) => $"{post.Platform}:{post.Id}";

    /// <summary>Same event, redelivered after a host crash.</summary>
    public static string Transport(string partitionId, long sequenceNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{partitionId}:{sequenceNumber}");

    /// <summary>UTC hour bucket of a post time, `yyyyMMddHH`: the storage partition of posts and hourly aggregates.</summary>
    public static string Hour(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    /// <summary>UTC day bucket, `yyyyMMdd`: the storage partition of dead letters.</summary>
    public static string Day(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
