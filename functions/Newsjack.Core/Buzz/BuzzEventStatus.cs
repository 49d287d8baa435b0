namespace Newsjack.Core.Buzz;

/// <summary>What happened to one event.</summary>
public enum BuzzEventStatus
{
    /// <summary>Valid and new: stored and counted.</summary>
    Accepted,

    /// <summary>Valid, but its `platform:id` was already seen (same batch, an earlier batch, or a replay).</summary>
    Duplicate,

    /// <summary>Invalid: dead-lettered with a reason.</summary>
    Rejected,

    /// <summary>Valid, but created before the post retention window: neither stored nor dead-lettered.</summary>
    Stale,
}
