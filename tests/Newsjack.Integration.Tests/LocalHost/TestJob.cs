using Newsjack.Azure.Hosting;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>A scheduled job whose body the test supplies; records when it ran and how many runs overlapped.</summary>
internal sealed class TestJob(string name, string defaultSchedule, TimeProvider time, Func<int, CancellationToken, Task>? body = null) : IScheduledJob
{
    private readonly List<DateTimeOffset> _runs = [];
    private int _running;

    /// <summary>The job as the local host runs a timer row: schedule from `{NAME}_SCHEDULE`, else the default.</summary>
    public TimerJob Timer => new(PipelineJob.Timer<TestJob>(name, $"{name.ToUpperInvariant()}_SCHEDULE", defaultSchedule), this);

    public int MaxConcurrent { get; private set; }

    public IReadOnlyList<DateTimeOffset> Runs
    {
        get
        {
            lock (_runs)
            {
                return [.. _runs];
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int run;
        lock (_runs)
        {
            _runs.Add(time.GetUtcNow());
            run = _runs.Count;
            MaxConcurrent = Math.Max(MaxConcurrent, ++_running);
        }

        try
        {
            await (body?.Invoke(run, cancellationToken) ?? Task.CompletedTask);
        }
        finally
        {
            lock (_runs)
            {
                _running--;
            }
        }
    }
}
