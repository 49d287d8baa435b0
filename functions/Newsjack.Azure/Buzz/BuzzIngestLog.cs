using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Buzz;

/// <summary>Source-generated log messages of the buzz hot path.</summary>
internal static partial class BuzzIngestLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Buzz batch from {Source}: {Accepted} accepted, {Duplicates} duplicates, {Rejected} dead-lettered, {Stale} stale")]
    public static partial void BatchIngested(ILogger logger, string source, int accepted, int duplicates, int rejected, int stale);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Buzz event {TransportKey} dead-lettered: {Reason}")]
    public static partial void EventDeadLettered(ILogger logger, string transportKey, string? reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "Buzz batch from {Source}: {More} more rejected events not logged ({Rejected} rejected, {DeadLettered} kept as dead letters)")]
    public static partial void MoreRejected(ILogger logger, string source, int more, int rejected, int deadLettered);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
        Message = "Buzz cleanup: deleted {Posts} posts, {Aggregates} aggregate rows, {DeadLetters} dead letters")]
    public static partial void CleanedUp(ILogger logger, int posts, int aggregates, int deadLetters);
}
