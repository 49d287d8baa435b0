using System.CommandLine;
using System.Reflection;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack version`: the build's informational version.</summary>
internal sealed class VersionCommand : ICliCommand
{
    public string Name => "version";

    public string Usage => "version                      print the version";

    public IReadOnlyList<Symbol> Symbols => [];

    public Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        console.Out.WriteLine($"newsjack {version}");
        return Task.FromResult(0);
    }
}
