using NCrontab;

namespace Newsjack.Cli.LocalHost;

/// <summary>A job with its parsed schedule, read from the same setting the Functions app's `%Setting%` uses.</summary>
public sealed record JobSchedule(TimerJob Job, string Expression, CrontabSchedule Schedule)
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    public static JobSchedule Read(TimerJob job, IConfiguration configuration)
    {
        var setting = job.Definition.Setting ?? throw new InvalidOperationException($"timer job {job.Name} has no schedule setting");
        var expression = configuration[setting] is { Length: > 0 } configured ? configured : job.Definition.DefaultSchedule ?? "";
        try
        {
            return new JobSchedule(job, expression, CrontabSchedule.Parse(expression, SixFields));
        }
        catch (CrontabException ex)
        {
            throw new ScheduleSettingException(
                $"setting {setting} (job {job.Name}): '{expression}' is not a 6-field NCRONTAB schedule " +
                $"(second minute hour day month day-of-week, e.g. '0 */5 * * * *'): {ex.Message}", ex);
        }
    }

    public DateTimeOffset NextAfter(DateTimeOffset now) =>
        new(DateTime.SpecifyKind(Schedule.GetNextOccurrence(now.UtcDateTime), DateTimeKind.Utc));
}
