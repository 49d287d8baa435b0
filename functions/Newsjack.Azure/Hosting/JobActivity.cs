namespace Newsjack.Azure.Hosting;

/// <summary>What a host that runs its own timers (the local host) last did with one scheduled job.</summary>
public sealed record JobActivity(
    string Name, string Schedule, DateTimeOffset? NextRun, DateTimeOffset? LastRun, string? LastOutcome, int Runs);
