namespace Newsjack.Azure.Hosting;

/// <summary>
/// A timer-triggered job. Its name and schedule setting are its row in <see cref="PipelineJobs"/>: in Azure a
/// TimerTrigger function with that `%Setting%` calls <see cref="RunAsync"/>; the local host runs it on the same
/// 6-field NCRONTAB schedule read from the same setting.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
