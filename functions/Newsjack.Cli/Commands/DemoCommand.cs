using System.CommandLine;
using Newsjack.Cli.Demo;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack demo [--once]`: the whole local pipeline on sample data, with nothing to set up first.</summary>
internal sealed class DemoCommand : ICliCommand
{
    private readonly Option<bool> _once = CliOptions.Flag("--once", "exit after the first summary (otherwise it refreshes until Ctrl+C)");

    public string Name => "demo";

    public string Usage => "demo [--once]                run Azurite, sample feeds, the local host and a buzz replay; print a summary";

    public IReadOnlyList<Symbol> Symbols => [_once];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var once = parse.GetValue(_once);
        // The ./newsjack script sets NEWSJACK_ROOT to the checkout it runs from.
        var root = RepositoryRoot.Find(Environment.GetEnvironmentVariable("NEWSJACK_ROOT"));
        return await new DemoRunner(root, console).RunAsync(once, cancellationToken);
    }
}
