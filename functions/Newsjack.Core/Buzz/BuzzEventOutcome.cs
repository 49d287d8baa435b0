namespace Newsjack.Core.Buzz;

/// <summary>The outcome of the event at <paramref name="Index"/> of its batch; <paramref name="Reason"/> says why it was not accepted.</summary>
public sealed record BuzzEventOutcome(
    int Index,
    BuzzEventStatus Status,
    string TransportKey,
    string? ContentKey,
    string? Reason);
