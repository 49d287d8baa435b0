namespace Newsjack.Azure.Buzz;

/// <summary>Rows one cleanup run deleted.</summary>
public sealed record BuzzCleanupReport(int Posts, int Aggregates, int DeadLetters);
