using Newsjack.Core.Buzz;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>Realistic buzz events and batches for the integration tests.</summary>
internal static class BuzzSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    public static string Post(string id, string platform = "x", string createdAt = "2026-11-23T10:05:00Z", int likes = 10) =>
        $$"""{"id":"{{id}}","platform":"{{platform}}","text":"Blackout at the big game #{{id}}","createdAt":"{{createdAt}}","author":"@fan","likes":{{likes}},"shares":2,"replies":1,"lang":"en"}""";

    public static BuzzBatch Batch(string partition, long firstSequence, params string[] events) => new(
        partition,
        events,
        [.. events.Select((_, i) => firstSequence + i)],
        [.. events.Select(_ => Now.UtcDateTime.AddSeconds(-5))],
        [.. events.Select((_, i) => (4096 + (i * 512)).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
