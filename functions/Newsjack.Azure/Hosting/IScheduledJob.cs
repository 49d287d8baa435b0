namespace Newsjack.Azure.Hosting;

/// <summary>
/// A timer-triggered job. In Azure a TimerTrigger function with `%{ScheduleSetting}%` calls <see cref="RunAsync"/>;
/// the local host runs it on the same 6-field NCRONTAB schedule read from the same setting.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Name, as in logs and the Functions app (`PollFeeds`).</summary>
    string Name { get; }

    /// <summary>App setting holding the 6-field NCRONTAB schedule (`NEWS_POLL_SCHEDULE`).</summary>
    string ScheduleSetting { get; }

    /// <summary>Schedule used when the setting is absent (documented in local.settings.sample.json).</summary>
    string DefaultSchedule { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
