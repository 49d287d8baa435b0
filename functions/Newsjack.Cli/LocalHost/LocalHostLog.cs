
namespace Newsjack.Cli.LocalHost;

/// <summary>Source-generated log messages of the timer service and the queue pumps (hot paths).</summary>
internal static partial class LocalHostLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Job {Job} scheduled '{Schedule}', next run {Next:o}")]
    public static partial void JobScheduled(ILogger logger, string job, string schedule, DateTimeOffset next);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Job {Job} succeeded in {ElapsedMs} ms")]
    public static partial void JobSucceeded(ILogger logger, string job, long elapsedMs);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Job {Job} failed after {ElapsedMs} ms; it runs again at its next occurrence")]
    public static partial void JobFailed(ILogger logger, string job, long elapsedMs, Exception exception);

    [LoggerMessage(EventId = 210, Level = LogLevel.Debug, Message = "Queue {Queue}: message {MessageId} handled (attempt {Attempt})")]
    public static partial void MessageHandled(ILogger logger, string queue, string messageId, long attempt);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Queue {Queue}: message {MessageId} failed (attempt {Attempt} of {MaxAttempts}); visible again in {RetryDelay}")]
    public static partial void MessageFailed(ILogger logger, string queue, string messageId, long attempt, int maxAttempts, TimeSpan retryDelay, Exception exception);

    [LoggerMessage(EventId = 212, Level = LogLevel.Error, Message = "Queue {Queue}: message {MessageId} moved to {PoisonQueue} after {Attempt} attempts")]
    public static partial void MessagePoisoned(ILogger logger, string queue, string messageId, long attempt, string poisonQueue);

    [LoggerMessage(EventId = 213, Level = LogLevel.Warning, Message = "Queue {Queue}: polling failed; retrying in {Delay}")]
    public static partial void PollFailed(ILogger logger, string queue, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 220, Level = LogLevel.Error, Message = "{Method} {Path} failed (trace {TraceId}); answered 500")]
    public static partial void RequestFailed(ILogger logger, string method, string path, string traceId, Exception exception);

    [LoggerMessage(EventId = 221, Level = LogLevel.Warning, Message = "{Method} {Path}: storage unavailable (trace {TraceId}); answered 503: {Reason}")]
    public static partial void RequestStorageUnavailable(ILogger logger, string method, string path, string traceId, string reason);
}
