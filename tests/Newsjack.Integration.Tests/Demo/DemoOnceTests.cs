using System.Globalization;
using System.Text.RegularExpressions;
using Newsjack.Azure.Telemetry;
using Newsjack.Cli;
using Newsjack.Cli.Demo;
using Newsjack.Integration.Tests.Telemetry;

namespace Newsjack.Integration.Tests.Demo;

/// <summary>
/// `newsjack demo --once` end to end on the repository's samples (that is what it demonstrates): its own
/// Azurite, the sample feed server, the local host and the buzz replay. Expected numbers are the samples'
/// documented contents (samples/README.md).
/// </summary>
public sealed partial class DemoOnceTests
{
    [Fact]
    public async Task Demo_once_ingests_the_samples_and_prints_counts_that_match_them()
    {
        using var signals = new PipelineSignals();
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var root = RepositoryRoot.Find(null);

        var exit = await new DemoRunner(root, new CliConsole(stdout, stderr)).RunAsync(once: true, TestContext.Current.CancellationToken);

        var summary = stdout.ToString();
        Assert.True(exit == 0, $"exit {exit}\n{stderr}");
        Assert.Equal(5, Count(summary, "feeds polled"));
        Assert.Equal(19, Count(summary, "news items stored"));       // 20 entries, the blackout story syndicated twice
        Assert.Equal(1, Count(summary, "news duplicates"));           // carried by Meridian Wire and The Harbor Gazette
        Assert.Equal(4, Count(summary, "outlets"));
        Assert.Equal(1, Count(summary, "feed errors"));
        Assert.Contains("Coastline Radio: HTTP 404", summary, StringComparison.Ordinal);
        Assert.Equal(File.ReadLines(Path.Combine(root, "samples", "buzz", "stream.jsonl")).Count(), Count(summary, "buzz lines sent"));
        Assert.Equal(285, Count(summary, "buzz posts stored"));
        Assert.Equal(8, Count(summary, "buzz duplicates"));
        Assert.Equal(0, Count(summary, "buzz stale"));                // times are shifted to now on replay
        Assert.Equal(10, Count(summary, "buzz dead-lettered"));
        Assert.Contains("starting Azurite", stderr.ToString(), StringComparison.Ordinal);

        // DetectTopics ran once: the stories and hashtags became topics, scored for the three sample brands.
        Assert.InRange(Count(summary, "topics"), 5, 40);
        Assert.Equal(3, Regex.Count(summary, @"^\s+brand ", RegexOptions.Multiline));
        var suggested = Regex.Matches(summary, @"^\s+suggest: (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(suggested);
        Assert.DoesNotContain(suggested, label => Tragedy().IsMatch(label));   // hurricane Odalys, the Valmora crackdown: never

        // The cards went through DeliverSuggestion to the host's local Teams inbox (or wait out a brand's quiet hours).
        Assert.Equal(0, Count(summary, "cards failed"));
        Assert.True(Count(summary, "cards delivered") + Count(summary, "cards held") >= suggested.Count, summary);
        Assert.Equal(Count(summary, "cards delivered"), Count(summary, "teams inbox"));
        Assert.Matches(@"teams inbox\s+\d+\s+http://127\.0\.0\.1:\d+/dev/inbox", summary);
        Assert.Contains("delivering the suggestion cards to the local Teams inbox", stderr.ToString(), StringComparison.Ordinal);

        // The same run as Application Insights would chart it: the demo host's counters agree with its summary, every
        // queue stage and timer run has a latency. (Span correlation by card id is PipelineTelemetryTests' job: read from
        // the process-wide span listener here, it missed this run's spans under full-suite load.)
        var demo = Assert.Single(signals.ByHost(), h => h.Sum("newsjack.items.ingested", "newsjack.source", "news") == Count(summary, "news items stored"));
        Assert.Equal(Count(summary, "buzz posts stored"), demo.Sum("newsjack.items.ingested", "newsjack.source", "buzz"));
        Assert.Equal(Count(summary, "buzz dead-lettered"), demo.Sum("newsjack.events.dead_lettered", "newsjack.source", "buzz"));
        Assert.True(demo.Sum("newsjack.topics.updated") >= Count(summary, "topics"), "topic rows written");
        Assert.Equal(Count(summary, "cards delivered"), demo.Sum("newsjack.cards.sent", PipelineTelemetry.OutcomeTag, "accepted"));
        Assert.Equal(0, demo.Sum("newsjack.cards.sent", PipelineTelemetry.OutcomeTag, "failed"));
        Assert.All(["PollFeeds", "PollFeed", "ScoreTopics", "DeliverSuggestion"], stage => Assert.True(demo.Count("newsjack.stage.duration", PipelineTelemetry.StageTag, stage) > 0, stage));
    }

    [GeneratedRegex("hurricane|odalys|valmora|crackdown|protest|killed|dead|victims", RegexOptions.IgnoreCase)]
    private static partial Regex Tragedy();

    private static int Count(string summary, string label)
    {
        var match = Regex.Match(summary, $@"^\s+{Regex.Escape(label)}\s+(\d+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no '{label}' line in:\n{summary}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
