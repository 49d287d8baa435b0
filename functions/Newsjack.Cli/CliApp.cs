using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Newsjack.Cli.Configuration;

namespace Newsjack.Cli;

/// <summary>
/// Parses the arguments with System.CommandLine against every command in <see cref="CliCommands"/> and runs the one
/// named, with the exit-code contract: 0 success, 1 problems found and reported, 2 bad usage or unreadable input
/// (parse errors included, each naming the option or argument), 130 when stopped with Ctrl+C.
/// </summary>
public static class CliApp
{
    private const string Title = "newsjack: real-time marketing pipeline (news + buzz -> topics -> brand cards).";

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliConsole(stdout, stderr));

    public static Task<int> RunAsync(string[] args, CliConsole console) => RunAsync(args, console, CliCommands.Create());

    /// <summary>Runs with the given commands (tests pass a command built with a test clock).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, IReadOnlyList<ICliCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Length == 0 || (args.Length == 1 && args[0] is "help" or "--help" or "-h" or "-?"))
        {
            await WriteListingAsync(console.Out, commands);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "help")
        {
            // `newsjack help score` is `newsjack score --help`.
            args = [.. args.Skip(1), "--help"];
        }

        var root = CliTree.Build(commands, console);
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is not HelpAction && parse.Errors.Count > 0)
        {
            await WriteErrorsAsync(console.Error, parse);
            return 2;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            // Ctrl+C is handled here, not by System.CommandLine, so a command always finishes its own clean-up.
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(invocation, cancellation.Token);
        }
        catch (CliUsageException ex)
        {
            await console.Error.WriteLineAsync($"newsjack {CliTree.NameOf(parse.CommandResult)}: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } line)
        {
            // A setting or port the user fixes: one line, no stack trace (any command, host start included).
            await console.Error.WriteLineAsync($"newsjack {CliTree.NameOf(parse.CommandResult)}: {line}");
            return 2;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"newsjack {CliTree.NameOf(parse.CommandResult)}: stopped.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task WriteErrorsAsync(TextWriter stderr, ParseResult parse)
    {
        var command = parse.CommandResult;
        if (command.Command.Action is null)
        {
            // The root or a group (`feeds`) with no known command after it.
            var words = parse.Tokens.TakeWhile(t => t.Type is TokenType.Command or TokenType.Argument).Take(2).Select(t => t.Value);
            await stderr.WriteLineAsync($"newsjack: unknown command '{string.Join(' ', words)}'. Run 'newsjack help'.");
            return;
        }

        var name = CliTree.NameOf(command);
        foreach (var error in parse.Errors)
        {
            await stderr.WriteLineAsync($"newsjack {name}: {error.Message}");
        }

        await stderr.WriteLineAsync($"Run 'newsjack {name} --help' for its options.");
    }

    private static async Task WriteListingAsync(TextWriter stdout, IReadOnlyList<ICliCommand> commands)
    {
        await stdout.WriteLineAsync(Title);
        await stdout.WriteLineAsync();
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            await stdout.WriteLineAsync($"  {command.Usage}");
        }

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync("Exit codes: 0 success, 1 problems found and reported, 2 bad usage or unreadable input.");
        await stdout.WriteLineAsync("Run 'newsjack <command> --help' for a command's options.");
    }
}
