namespace Newsjack.Core.News;

/// <summary>One feed's polling health, as `feeds status` and the demo summary show it.</summary>
public sealed record FeedHealth
{
    public required string Feed { get; init; }
    public DateTimeOffset? LastPollAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }

    /// <summary>Distinct items this feed brought in first (duplicates of items already stored are not counted).</summary>
    public long ItemsSeen { get; init; }

    /// <summary>`updated`, `notModified` or `failed`.</summary>
    public string? LastOutcome { get; init; }
}
