using Newsjack.Cli.Commands;

namespace Newsjack.Cli;

/// <summary>Every command the CLI knows, one line each.</summary>
internal static class CliCommands
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new VersionCommand(),
        new ServeCommand(),
        new DemoCommand(),
        new ReplayCommand(),
        new FeedsStatusCommand(),
        new FeedsCheckCommand(),
        new FeedsParseCommand(),
        new BrandsValidateCommand(),
        new ScoreCommand(),
        new EvalCommand(),
        new TopicsCommand(),
        new BenchCommand(),
    ];
}
