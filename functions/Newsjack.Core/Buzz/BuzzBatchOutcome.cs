namespace Newsjack.Core.Buzz;

/// <summary>
/// A batch after validation and in-batch dedupe: one outcome per event (same order), the posts new to the
/// batch, and what they add to the hourly aggregates. Storage may still find some accepted posts already seen.
/// </summary>
public sealed record BuzzBatchOutcome(
    IReadOnlyList<BuzzEventOutcome> Events,
    IReadOnlyList<AcceptedBuzzPost> Accepted,
    IReadOnlyList<BuzzHourlyIncrement> Increments);
