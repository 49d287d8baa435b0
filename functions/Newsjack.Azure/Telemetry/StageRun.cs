using System.Diagnostics;

namespace Newsjack.Azure.Telemetry;

/// <summary>
/// One run of a stage: a span named after the stage (a child of the queue message's producer when the message
/// carries its trace context, else of the host's invocation span, when there is one) and,
/// when disposed, one `newsjack.stage.duration` measurement tagged with its outcome.
/// </summary>
public sealed class StageRun : IDisposable
{
    private readonly string _stage;
    private readonly PipelineMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly long _started;
    private string _outcome = "succeeded";
    private bool _ended;

    internal StageRun(string stage, PipelineMetrics metrics, TimeProvider time, ActivityContext? parent = null)
    {
        _stage = stage;
        _metrics = metrics;
        _time = time;
        _started = time.GetTimestamp();
        // A queue message's producer is the parent (QueueTrace); the host's own invocation span, if any, stays linked.
        Span = parent is { } producer
            ? PipelineTelemetry.Source.StartActivity(stage, ActivityKind.Consumer, producer, links: Activity.Current is { } host ? [new ActivityLink(host.Context)] : null)
            : PipelineTelemetry.Source.StartActivity(stage, ActivityKind.Internal);
        Span?.SetTag(PipelineTelemetry.StageTag, stage);
    }

    /// <summary>The span, or null when nothing listens to <see cref="PipelineTelemetry.Source"/>.</summary>
    public Activity? Span { get; }

    public void Failed(Exception exception)
    {
        _outcome = "failed";
        Span?.SetStatus(ActivityStatusCode.Error, exception?.GetType().Name);
        if (exception is not null)
        {
            Span?.AddException(exception);
        }
    }

    public void Cancelled() => _outcome = "cancelled";

    public void Dispose()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        Span?.SetTag(PipelineTelemetry.OutcomeTag, _outcome);
        Span?.Dispose();
        _metrics.StageEnded(_stage, _outcome, _time.GetElapsedTime(_started));
    }
}
