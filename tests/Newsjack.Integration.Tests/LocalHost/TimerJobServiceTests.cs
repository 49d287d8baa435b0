using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Cli.LocalHost;
using Newsjack.Integration.Tests.Telemetry;

namespace Newsjack.Integration.Tests.LocalHost;

public sealed class TimerJobServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly LocalHostActivity _activity = new();

    [Fact]
    public async Task Job_runs_at_each_occurrence_of_its_configured_seconds_schedule()
    {
        var job = new TestJob("Probe", "0 0 * * * *", _time);
        using var service = Service(new Dictionary<string, string?> { ["PROBE_SCHEDULE"] = "*/10 * * * * *" }, job);
        await service.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(() => job.Runs.Count >= 3, "three runs", step: () => _time.Advance(TimeSpan.FromMilliseconds(500)));
        await service.StopAsync(TestContext.Current.CancellationToken);

        // The fake clock keeps moving while a run starts, so each run lands just after its occurrence.
        for (var i = 0; i < 3; i++)
        {
            var occurrence = Start.AddSeconds(10 * (i + 1));
            Assert.InRange(job.Runs[i], occurrence, occurrence.AddSeconds(5));
        }

        Assert.Equal("succeeded", Assert.Single(_activity.Jobs).LastOutcome);
    }

    [Fact]
    public async Task Job_without_setting_uses_its_default_schedule_and_does_not_run_on_startup()
    {
        var job = new TestJob("Hourly", "0 0 * * * *", _time);
        using var service = Service([], job);
        await service.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(() => _activity.Jobs.Count == 1, "job scheduled");
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Empty(job.Runs);

        await Eventually.TrueAsync(() => job.Runs.Count == 1, "run at the top of the hour", step: () => _time.Advance(TimeSpan.FromMinutes(1)));
        await Eventually.TrueAsync(() => _activity.Jobs.Single().NextRun == Start.AddHours(2), "next run an hour later");
        await service.StopAsync(TestContext.Current.CancellationToken);
        Assert.InRange(job.Runs[0], Start.AddHours(1), Start.AddHours(1).AddMinutes(1));
    }

    [Fact]
    public async Task Failing_job_is_recorded_and_keeps_its_schedule_while_other_jobs_go_on()
    {
        var failing = new TestJob("Failing", "*/5 * * * * *", _time, (_, _) => throw new InvalidOperationException("feed store down"));
        var healthy = new TestJob("Healthy", "*/5 * * * * *", _time);
        using var service = Service([], failing, healthy);
        await service.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(() => failing.Runs.Count >= 2 && healthy.Runs.Count >= 2, "two runs each", step: () => _time.Advance(TimeSpan.FromSeconds(1)));
        await service.StopAsync(TestContext.Current.CancellationToken);

        var outcomes = _activity.Jobs.ToDictionary(j => j.Name, j => j.LastOutcome);
        Assert.Equal("failed: InvalidOperationException: feed store down", outcomes["Failing"]);
        Assert.Equal("succeeded", outcomes["Healthy"]);
    }

    [Fact]
    public async Task Slow_run_never_overlaps_the_next_occurrence()
    {
        var release = new TaskCompletionSource();
        var job = new TestJob("Slow", "* * * * * *", _time, (run, ct) => run == 1 ? release.Task.WaitAsync(ct) : Task.CompletedTask);
        using var service = Service([], job);
        await service.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(() => job.Runs.Count == 1, "first run", step: () => _time.Advance(TimeSpan.FromSeconds(1)));
        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Single(job.Runs);

        release.SetResult();
        await Eventually.TrueAsync(() => job.Runs.Count >= 2, "second run", step: () => _time.Advance(TimeSpan.FromSeconds(1)));
        await service.StopAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, job.MaxConcurrent);
    }

    [Fact]
    public async Task Timer_firing_slightly_early_still_runs_each_occurrence_once()
    {
        var early = new EarlyTimers(_time);
        var job = new TestJob("Probe", "*/10 * * * * *", _time);
        using var service = new TimerJobService([job.Timer], new ConfigurationBuilder().Build(), early, _activity, TestMetrics.Create(early), NullLogger<TimerJobService>.Instance);
        await service.StartAsync(TestContext.Current.CancellationToken);

        // Move the clock to just before each occurrence, where the early timer fires.
        await Eventually.TrueAsync(() => job.Runs.Count >= 3, "three runs", step: () =>
        {
            var next = _activity.Jobs.SingleOrDefault()?.NextRun;
            if (next is { } at && _time.GetUtcNow() < at.AddMilliseconds(-1))
            {
                _time.SetUtcNow(at.AddMilliseconds(-1));
            }
            else
            {
                // The service may have armed its timer from the clock before the jump: nudge it forward.
                _time.Advance(TimeSpan.FromMilliseconds(1));
            }
        });
        await service.StopAsync(TestContext.Current.CancellationToken);

        var runs = job.Runs;
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.Second - pair.First > TimeSpan.FromSeconds(9), $"runs at {pair.First:o} and {pair.Second:o}"));
    }

    [Fact]
    public async Task Invalid_schedule_stops_start_and_names_the_setting()
    {
        var job = new TestJob("PollFeeds", "0 */1 * * * *", _time);
        using var service = Service(new Dictionary<string, string?> { ["POLLFEEDS_SCHEDULE"] = "*/5 * * * *" }, job);

        var error = await Assert.ThrowsAsync<ScheduleSettingException>(() => service.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("POLLFEEDS_SCHEDULE", error.Message, StringComparison.Ordinal);
        Assert.Contains("'*/5 * * * *'", error.Message, StringComparison.Ordinal);
    }

    private TimerJobService Service(Dictionary<string, string?> settings, params TestJob[] jobs) =>
        new([.. jobs.Select(job => job.Timer)], new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _time, _activity, TestMetrics.Create(_time), NullLogger<TimerJobService>.Instance);
}
