namespace Newsjack.Cli;

/// <summary>Finds the command named by the first one or two arguments and runs it with the exit-code contract.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdout, stderr);
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintHelp(stdout);
            return args.Length == 0 ? 2 : 0;
        }

        var command = Find(args);
        if (command is null)
        {
            await stderr.WriteLineAsync($"newsjack: unknown command '{string.Join(' ', args.Take(2))}'. Run 'newsjack help'.");
            return 2;
        }

        if (args.Skip(command.Name.Split(' ').Length).Any(a => a is "--help" or "-h"))
        {
            await stdout.WriteLineAsync($"usage: newsjack {command.Usage}");
            return 0;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var words = command.Name.Split(' ').Length;
            var arguments = new CliArguments(args.Skip(words), CliFlags.Names);
            return await command.RunAsync(arguments, console, cancellation.Token);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"newsjack {command.Name}: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"newsjack {command.Name}: stopped.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static ICliCommand? Find(string[] args)
    {
        var two = args.Length > 1 ? $"{args[0]} {args[1]}" : null;
        return CliCommands.All.FirstOrDefault(c => c.Name == two)
            ?? CliCommands.All.FirstOrDefault(c => c.Name == args[0]);
    }

    private static void PrintHelp(TextWriter stdout)
    {
        stdout.WriteLine("newsjack: real-time marketing pipeline (news + buzz -> topics -> brand cards).");
        stdout.WriteLine();
        foreach (var command in CliCommands.All.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            stdout.WriteLine($"  {command.Usage}");
        }

        stdout.WriteLine();
        stdout.WriteLine("Exit codes: 0 success, 1 problems found and reported, 2 bad usage or unreadable input.");
    }
}
