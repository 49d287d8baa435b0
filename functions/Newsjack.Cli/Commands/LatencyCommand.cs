using System.CommandLine;
using System.Text.Json;
using Newsjack.Cli.Demo;
using Newsjack.Cli.Latency;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack latency`: burst-to-card-in-inbox latency (p50, p95) over the local host on the default schedules.</summary>
internal sealed class LatencyCommand : ICliCommand
{
    private readonly Option<int> _bursts = CliOptions.WholeNumber("--bursts", "N", "bursts to send, each at a random moment of the topic schedule", 10, min: 1, max: 200);
    private readonly Option<string> _format = CliOptions.Format("text", "json");

    public string Name => "latency";

    public string Usage => "latency [--bursts N] [--format text|json]   measure burst -> card in the local Teams inbox on the default settings";

    public IReadOnlyList<Symbol> Symbols => [_bursts, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find(Environment.GetEnvironmentVariable("NEWSJACK_ROOT"));
        var report = await new BurstLatencyRun(root, console).RunAsync(parse.GetValue(_bursts), cancellationToken);
        var text = parse.GetValue(_format) == "json" ? JsonSerializer.Serialize(report, LatencyJsonContext.Default.LatencyReport) : report.Format();
        await console.Out.WriteLineAsync(text.AsMemory(), cancellationToken);
        return report.Missed == 0 ? 0 : 1;
    }
}
