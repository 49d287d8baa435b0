using Newsjack.Cli.Commands;

namespace Newsjack.Cli;

/// <summary>Every command the CLI knows, one line each; new instances per run, as System.CommandLine symbols have one parent tree.</summary>
internal static class CliCommands
{
    /// <summary>What `newsjack GROUP --help` says about a group of two-word commands.</summary>
    public static IReadOnlyDictionary<string, string> Groups { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["feeds"] = "news feeds: parse files, check one URL, show polling health",
        ["brands"] = "brand profiles",
        ["risk-model"] = "the risk-meaning classifier over sentence embeddings",
    };

    public static IReadOnlyList<ICliCommand> Create() =>
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
        new CardsCommand(),
        new EvalCommand(),
        new RiskModelTrainCommand(),
        new RiskModelReadCommand(),
        new TopicsCommand(),
        new BenchCommand(),
        new LatencyCommand(),
        new AuditCommand(),
    ];
}
