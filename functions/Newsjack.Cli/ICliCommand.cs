namespace Newsjack.Cli;

/// <summary>One `newsjack` command. <see cref="Name"/> may be two words (`feeds parse`).</summary>
public interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for `newsjack help`, starting with the usage.</summary>
    string Usage { get; }

    /// <summary>Runs the command; returns 0 success, 1 problems found and reported. Throws <see cref="CliUsageException"/> for exit 2.</summary>
    Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken);
}
