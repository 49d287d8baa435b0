using System.CommandLine;
using Newsjack.Cli.Demo;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack demo [--once] [--port P]`: the whole local pipeline on sample data, ending with cards in the local Teams inbox, with nothing to set up first.</summary>
internal sealed class DemoCommand : ICliCommand
{
    private readonly Option<bool> _once = CliOptions.Flag("--once", "exit after the first summary (otherwise it refreshes until Ctrl+C)");
    private readonly Option<int?> _port = CliOptions.WholeNumber("--port", "P", "keep the local host on 127.0.0.1:P until Ctrl+C (default: a free port)", 1, 65535);

    public string Name => "demo";

    public string Usage => "demo [--once] [--port P]     run Azurite, sample feeds, the local host and a buzz replay; print a summary";

    public IReadOnlyList<Symbol> Symbols => [_once, _port];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var once = parse.GetValue(_once);
        var port = parse.GetValue(_port);
        if (once && port is not null)
        {
            throw new CliUsageException("demo: --once exits after the summary and --port keeps the host running; give one of them");
        }

        // The ./newsjack script sets NEWSJACK_ROOT to the checkout it runs from.
        var root = RepositoryRoot.Find(Environment.GetEnvironmentVariable("NEWSJACK_ROOT"));
        return await new DemoRunner(root, console).RunAsync(once, port, cancellationToken);
    }
}
