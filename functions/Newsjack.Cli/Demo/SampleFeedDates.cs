using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsjack.Cli.Demo;

/// <summary>
/// Moves every timestamp in the sample feeds by one offset so the newest is a few minutes old whenever the demo
/// runs: the samples are fixed files, but the pipeline only looks at recent news.
/// </summary>
public static partial class SampleFeedDates
{
    private const string Rfc1123 = "ddd, dd MMM yyyy HH:mm:ss 'GMT'";
    private const string Iso = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The offset that makes the newest timestamp in <paramref name="contents"/> <paramref name="age"/> old at <paramref name="now"/>.</summary>
    public static TimeSpan OffsetFor(IEnumerable<string> contents, DateTimeOffset now, TimeSpan age)
    {
        var newest = contents.SelectMany(Times).DefaultIfEmpty(now - age).Max();
        return now - age - newest;
    }

    public static string Shift(string content, TimeSpan offset) =>
        Timestamp().Replace(content, m => Parse(m.Value) is { } time
            ? (time + offset).ToString(m.Groups["iso"].Success ? Iso : Rfc1123, CultureInfo.InvariantCulture)
            : m.Value);

    private static IEnumerable<DateTimeOffset> Times(string content) =>
        Timestamp().Matches(content).Select(m => Parse(m.Value)).OfType<DateTimeOffset>();

    private static DateTimeOffset? Parse(string text) =>
        DateTimeOffset.TryParseExact(text, [Iso, Rfc1123], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    [GeneratedRegex(@"(?<iso>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)|(?<rfc>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT)")]
    private static partial Regex Timestamp();
}
