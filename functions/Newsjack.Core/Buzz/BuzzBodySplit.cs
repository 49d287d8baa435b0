namespace Newsjack.Core.Buzz;

/// <summary>The events of an HTTP body, plus errors that are not any one event's (a broken JSON array).</summary>
public sealed record BuzzBodySplit(IReadOnlyList<BuzzBodyEvent> Events, IReadOnlyList<BuzzLineError> Errors);
