namespace Newsjack.Core.Buzz;

/// <summary>One event cut out of an HTTP body, with the 1-based line it starts on.</summary>
public sealed record BuzzBodyEvent(int Line, string Body);
