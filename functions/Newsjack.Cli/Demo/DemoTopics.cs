using System.Globalization;
using System.Text;
using Newsjack.Azure.Scoring;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Topics;

namespace Newsjack.Cli.Demo;

/// <summary>The topics `DetectTopics` stored, and how `ScoreTopics` decided on them for the sample brands.</summary>
public sealed record DemoTopics(IReadOnlyList<Topic> Topics, IReadOnlyList<DemoBrandResult> Brands)
{
    private const int Shown = 5;

    public static DemoTopics None { get; } = new([], []);

    /// <summary>What `ScoreTopics` reported: its topics, and per brand the decisions counted and the suggested labels.</summary>
    public static DemoTopics From(ScoreTopicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Topics.Count == 0 ? None : new DemoTopics(report.Topics, [.. report.Brands.Select(b => new DemoBrandResult(
            b.Brand.Id,
            b.Count(Decision.Suggest),
            b.Count(Decision.Review),
            b.Count(Decision.Suppress),
            [.. b.Scores.Where(s => s.Decision == Decision.Suggest).Select(s => s.Subject.Label)]))]);
    }

    /// <summary>`topics N`, then the top few with their momentum in one sentence, then one line per brand.</summary>
    public void Format(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append(CultureInfo.InvariantCulture, $"  {"topics",-20}{Topics.Count,6}   detected and stored by DetectTopics, most significant first\n");
        foreach (var topic in Topics.Take(Shown))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {topic.Label}: {Sentence(topic)}\n");
        }

        foreach (var brand in Brands)
        {
            text.Append(CultureInfo.InvariantCulture, $"  brand {brand.Brand,-14}{brand.Suggest,6} suggest, {brand.Review} review, {brand.Suppress} suppress\n");
            foreach (var label in brand.Suggested)
            {
                text.Append(CultureInfo.InvariantCulture, $"    suggest: {label}\n");
            }
        }
    }

    private static string Sentence(Topic topic)
    {
        var m = topic.Momentum;
        var sources = topic.Origin == TopicOrigin.Social ? "social only" : Count(topic.Outlets.Count, "outlet");
        var counts = $"{Count(topic.ItemIds.Count, "item")} and {Count(topic.PostCount, "post")} ({sources})";
        if (m is null)
        {
            return counts + ".";
        }

        var usual = m.Ratio is { } ratio
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0}× its usual, {m.Significance:0.0}σ")
            : "no baseline yet";
        return string.Create(CultureInfo.InvariantCulture, $"{m.Volume} mentions in the last hour ({m.Velocity:+0;-0;0} on the hour before, {usual}), {counts}.");
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
