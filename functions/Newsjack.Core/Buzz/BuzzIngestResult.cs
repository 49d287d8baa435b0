namespace Newsjack.Core.Buzz;

/// <summary>What one ingested batch did: counts, and one outcome (with reason) per event, in batch order.</summary>
public sealed record BuzzIngestResult(int Accepted, int Duplicates, int Rejected, int Stale, IReadOnlyList<BuzzEventOutcome> Events)
{
    public static BuzzIngestResult From(IReadOnlyList<BuzzEventOutcome> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new(
            events.Count(e => e.Status == BuzzEventStatus.Accepted),
            events.Count(e => e.Status == BuzzEventStatus.Duplicate),
            events.Count(e => e.Status == BuzzEventStatus.Rejected),
            events.Count(e => e.Status == BuzzEventStatus.Stale),
            events);
    }
}
