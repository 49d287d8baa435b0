namespace Newsjack.Core.Buzz;

/// <summary>
/// The events of an HTTP body, plus errors that are not any one event's (a broken JSON array).
/// <see cref="TooManyEvents"/>: the body holds more than <see cref="BuzzLimits.MaxEventsPerRequest"/> events;
/// splitting stopped there.
/// </summary>
public sealed record BuzzBodySplit(IReadOnlyList<BuzzBodyEvent> Events, IReadOnlyList<BuzzLineError> Errors)
{
    public bool TooManyEvents { get; init; }
}
