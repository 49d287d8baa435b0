using NCrontab;
using Newsjack.Azure.Hosting;

namespace Newsjack.Cli.LocalHost;

/// <summary>A job with its parsed schedule, read from the same setting the Functions app's `%Setting%` uses.</summary>
public sealed record JobSchedule(IScheduledJob Job, string Expression, CrontabSchedule Schedule)
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    public static JobSchedule Read(IScheduledJob job, IConfiguration configuration)
    {
        var expression = configuration[job.ScheduleSetting] is { Length: > 0 } configured ? configured : job.DefaultSchedule;
        try
        {
            return new JobSchedule(job, expression, CrontabSchedule.Parse(expression, SixFields));
        }
        catch (CrontabException ex)
        {
            throw new ScheduleSettingException(
                $"setting {job.ScheduleSetting} (job {job.Name}): '{expression}' is not a 6-field NCRONTAB schedule " +
                $"(second minute hour day month day-of-week, e.g. '0 */5 * * * *'): {ex.Message}", ex);
        }
    }

    public DateTimeOffset NextAfter(DateTimeOffset now) =>
        new(DateTime.SpecifyKind(Schedule.GetNextOccurrence(now.UtcDateTime), DateTimeKind.Utc));
}
