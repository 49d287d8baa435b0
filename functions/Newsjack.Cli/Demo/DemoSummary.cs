using System.Globalization;
using Newsjack.Core.News;

namespace Newsjack.Cli.Demo;

/// <summary>What the demo ingested, read back from storage (news, dead letters, topics) and from the buzz endpoint's answers.</summary>
public sealed record DemoSummary(
    IReadOnlyList<FeedHealth> Feeds, int NewsItems, int NewsDuplicates, IReadOnlyList<string> Outlets,
    BuzzReplayResult Buzz, int BuzzDeadLettered, DemoTopics Topics, DemoCards? Cards = null)
{
    public IReadOnlyList<FeedHealth> FeedErrors => [.. Feeds.Where(f => f.LastOutcome == "failed")];

    public bool AllFeedsPolled => Feeds.Count > 0 && Feeds.All(f => f.LastPollAt is not null);

    /// <summary>Plain lines on stdout, `label  number` so scripts and tests can pick values out.</summary>
    public string Format()
    {
        var text = new System.Text.StringBuilder();
        Line(text, "feeds polled", Feeds.Count(f => f.LastPollAt is not null), $"of {Feeds.Count} configured");
        Line(text, "news items stored", NewsItems, "distinct stories");
        Line(text, "news duplicates", NewsDuplicates, "same story from several feeds, stored once");
        Line(text, "outlets", Outlets.Count, string.Join(", ", Outlets));
        Line(text, "feed errors", FeedErrors.Count, "");
        foreach (var feed in FeedErrors)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {feed.Feed}: {feed.LastError}\n");
        }

        Line(text, "buzz lines sent", Buzz.Lines, "");
        Line(text, "buzz posts stored", Buzz.Accepted, "");
        Line(text, "buzz duplicates", Buzz.Duplicates, "same platform + id, stored once");
        Line(text, "buzz stale", Buzz.Stale, "older than the retention window");
        Line(text, "buzz dead-lettered", BuzzDeadLettered, "invalid events kept with their reason");
        Topics.Format(text);
        Cards?.Format(text);
        return text.ToString();
    }

    private static void Line(System.Text.StringBuilder text, string label, int value, string note) =>
        text.Append(CultureInfo.InvariantCulture, $"  {label,-20}{value,6}{(note.Length > 0 ? "   " + note : "")}\n");
}
