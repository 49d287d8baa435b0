using System.Collections.Concurrent;
using System.Diagnostics;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Runs one timer job once, for its timer and for a run by hand (`POST /admin/functions/{name}`) alike: never two
/// runs of one job at once (a second trigger waits for the run under way), each outcome logged and recorded for
/// `/api/health`. A failure is recorded, not thrown: the job runs again at its next trigger.
/// </summary>
public sealed class TimerJobRuns(TimeProvider time, LocalHostActivity activity, PipelineMetrics metrics, ILogger<TimerJobRuns> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _running = new(StringComparer.Ordinal);

    public async Task RunAsync(TimerJob job, CancellationToken cancellationToken)
    {
        var gate = _running.GetOrAdd(job.Name, _ => new SemaphoreSlim(1, 1));
        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await RunLockedAsync(job, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunLockedAsync(TimerJob job, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var run = metrics.StartStage(job.Name);
        try
        {
            await job.Job.RunAsync(cancellationToken);
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LocalHostLog.JobSucceeded(logger, job.Name, elapsedMs);
            activity.JobRan(job.Name, time.GetUtcNow(), "succeeded");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Cancelled();
            activity.JobRan(job.Name, time.GetUtcNow(), "cancelled");
        }
        catch (Exception ex)
        {
            run.Failed(ex);
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LocalHostLog.JobFailed(logger, job.Name, elapsedMs, ex);
            activity.JobRan(job.Name, time.GetUtcNow(), $"failed: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
