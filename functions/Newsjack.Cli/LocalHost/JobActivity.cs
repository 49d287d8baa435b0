namespace Newsjack.Cli.LocalHost;

/// <summary>What the local host last did with one scheduled job.</summary>
public sealed record JobActivity(
    string Name, string Schedule, DateTimeOffset? NextRun, DateTimeOffset? LastRun, string? LastOutcome, int Runs);
