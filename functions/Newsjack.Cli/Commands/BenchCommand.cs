using System.CommandLine;
using System.Text.Json;
using Newsjack.Bench;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack bench`: trend-path posts/s against plain JSON deserialization of the same events, from one run.</summary>
internal sealed class BenchCommand : ICliCommand
{
    private readonly Option<int> _posts = CliOptions.WholeNumber("--posts", "N", "synthetic posts to generate", 200_000, min: 1_000, max: 5_000_000);
    private readonly Option<string> _format = CliOptions.Format("json", "text");

    public string Name => "bench";

    public string Usage => "bench [--posts N] [--format json|text]   trend-path throughput vs plain JSON deserialization";

    public IReadOnlyList<Symbol> Symbols => [_posts, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var count = parse.GetValue(_posts);
        var format = parse.GetValue(_format);

        await console.Error.WriteLineAsync($"bench: generating {count} synthetic posts, then timing both paths on one thread...".AsMemory(), cancellationToken);
        var report = TrendThroughput.Measure(SyntheticPosts.Events(count));
        var text = format == "json"
            ? JsonSerializer.Serialize(report, BenchJsonContext.Default.TrendThroughputReport)
            : $"trend path {report.TrendPostsPerSecond:N0} posts/s, deserialization {report.DeserializePostsPerSecond:N0} posts/s, ratio {report.Ratio:0.00}, " +
              $"{report.TrendAllocatedBytesPerPost:0.##} B allocated per post, state {report.StateBytes / 1048576.0:0.#} MB";
        await console.Out.WriteLineAsync(text.AsMemory(), cancellationToken);
        return 0;
    }
}
