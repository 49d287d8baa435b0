namespace Newsjack.Azure.Hosting;

/// <summary>Counts of what a host's own queue pump (the local host's) did with one queue since start.</summary>
public sealed record QueueActivity(string Queue, int Handled, int Failed, int Poisoned, int InFlight);
