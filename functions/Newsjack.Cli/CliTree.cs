using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Newsjack.Cli;

/// <summary>Turns the command list into one System.CommandLine tree: `newsjack`, its groups (`feeds`), then the commands.</summary>
internal static class CliTree
{
    public static Command Build(IReadOnlyList<ICliCommand> commands, CliConsole console)
    {
        // A plain Command, not RootCommand: the name shown in help is `newsjack` whatever process runs it, and
        // there are no [directives] to mistake for arguments.
        var root = new Command("newsjack", "real-time marketing pipeline (news + buzz -> topics -> brand cards)") { new HelpOption() };
        foreach (var command in commands)
        {
            var words = command.Name.Split(' ');
            var parent = root;
            foreach (var group in words[..^1])
            {
                parent = parent.Subcommands.FirstOrDefault(c => c.Name == group) ?? Add(parent, new Command(group, CliCommands.Groups.GetValueOrDefault(group)));
            }

            var definition = new Command(words[^1], Summary(command.Usage));
            foreach (var symbol in command.Symbols)
            {
                switch (symbol)
                {
                    case Option option:
                        definition.Options.Add(option);
                        break;
                    case Argument argument:
                        definition.Arguments.Add(argument);
                        break;
                    default:
                        throw new InvalidOperationException($"{command.Name}: {symbol.GetType().Name} is neither an option nor an argument");
                }
            }

            definition.SetAction((parse, cancellationToken) => command.RunAsync(parse, console, cancellationToken));
            Add(parent, definition);
        }

        return root;
    }

    /// <summary>`feeds parse` for the command a parse ended on.</summary>
    public static string NameOf(CommandResult result)
    {
        var words = new Stack<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = r.Parent)
        {
            words.Push(c.Command.Name);
        }

        return string.Join(' ', words);
    }

    /// <summary>What the usage line says after the synopsis (separated from it by two or more spaces).</summary>
    private static string Summary(string usage)
    {
        var at = usage.IndexOf("  ", StringComparison.Ordinal);
        return at < 0 ? usage : usage[at..].Trim();
    }

    private static Command Add(Command parent, Command child)
    {
        parent.Subcommands.Add(child);
        return child;
    }
}
