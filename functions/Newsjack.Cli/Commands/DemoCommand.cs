using Newsjack.Cli.Demo;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack demo [--once]`: the whole local pipeline on sample data, with nothing to set up first.</summary>
internal sealed class DemoCommand : ICliCommand
{
    public string Name => "demo";

    public string Usage => "demo [--once]                run Azurite, sample feeds, the local host and a buzz replay; print a summary";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var once = arguments.Flag("once");
        arguments.EnsureAllUsed();
        // The ./newsjack script sets NEWSJACK_ROOT to the checkout it runs from.
        var root = RepositoryRoot.Find(Environment.GetEnvironmentVariable("NEWSJACK_ROOT"));
        return await new DemoRunner(root, console).RunAsync(once, cancellationToken);
    }
}
