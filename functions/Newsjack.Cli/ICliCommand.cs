using System.CommandLine;

namespace Newsjack.Cli;

/// <summary>
/// One `newsjack` command. To add one: a class in Commands/ and one line in <see cref="CliCommands"/>. Its options and
/// arguments are System.CommandLine symbols (made with <see cref="CliOptions"/>), so parsing, `--help`
/// and usage errors (exit 2) come from one place; <see cref="RunAsync"/> reads them from the parse result.
/// </summary>
public interface ICliCommand
{
    /// <summary>One word, or a group and a word (`feeds parse`).</summary>
    string Name { get; }

    /// <summary>The line `newsjack help` prints: the synopsis, then two or more spaces and what the command does.</summary>
    string Usage { get; }

    /// <summary>Its options and arguments, in the order `--help` lists them.</summary>
    IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Runs the command; returns 0 success, 1 problems found and reported. Throws <see cref="CliUsageException"/> for exit 2.</summary>
    Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken);
}
