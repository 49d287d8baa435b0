namespace Newsjack.Cli;

/// <summary>Options that take no value, across all commands (everything else is `--name value`).</summary>
internal static class CliFlags
{
    public static string[] Names { get; } = ["once", "quiet", "verbose", "no-color"];
}
