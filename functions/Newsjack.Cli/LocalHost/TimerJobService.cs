using System.Diagnostics;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Runs every timer job (the timer rows of <see cref="PipelineJobs"/>) on its NCRONTAB schedule, like the Functions timer trigger: UTC,
/// no run on startup, and never two runs of one job at once (the next occurrence is taken after a run ends).
/// A failing job is logged and waits for its next occurrence; other jobs go on.
/// </summary>
public sealed class TimerJobService(
    IEnumerable<TimerJob> jobs,
    IConfiguration configuration,
    TimeProvider time,
    LocalHostActivity activity,
    PipelineMetrics metrics,
    ILogger<TimerJobService> logger) : BackgroundService
{
    private IReadOnlyList<JobSchedule> _schedules = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Parse every schedule before anything runs, so a bad setting stops the host with its name.
        _schedules = [.. jobs.Select(job => JobSchedule.Read(job, configuration))];
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_schedules.Select(schedule => RunOnScheduleAsync(schedule, stoppingToken)));

    private async Task RunOnScheduleAsync(JobSchedule schedule, CancellationToken cancellationToken)
    {
        var name = schedule.Job.Name;
        var previous = DateTimeOffset.MinValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Timers may fire a little early; counting from the occurrence just run keeps it from running twice.
            var now = time.GetUtcNow();
            var next = schedule.NextAfter(now > previous ? now : previous);
            previous = next;
            activity.JobScheduled(name, schedule.Expression, next);
            LocalHostLog.JobScheduled(logger, name, schedule.Expression, next);
            try
            {
                // Measured again here: the clock may have moved while the schedule was recorded.
                var delay = next - time.GetUtcNow();
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(schedule.Job, cancellationToken);
        }
    }

    private async Task RunOnceAsync(TimerJob job, CancellationToken cancellationToken)
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
