namespace Newsjack.Core.Buzz;

/// <summary>Why the event starting on <paramref name="Line"/> (1-based) of an HTTP body was rejected.</summary>
public sealed record BuzzLineError(int Line, string Reason);
