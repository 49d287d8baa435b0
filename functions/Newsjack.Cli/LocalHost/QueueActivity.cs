namespace Newsjack.Cli.LocalHost;

/// <summary>Counts of what the local host's pump did with one queue since start.</summary>
public sealed record QueueActivity(string Queue, int Handled, int Failed, int Poisoned, int InFlight);
