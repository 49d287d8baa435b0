using System.Collections.Concurrent;
using Newsjack.Azure.Hosting;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// In-memory record of timer runs and queue work, for `/api/health` and the demo's progress; thread-safe
/// because every job and pump updates it from its own loop.
/// </summary>
public sealed class LocalHostActivity
{
    private readonly ConcurrentDictionary<string, JobActivity> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, QueueActivity> _queues = new(StringComparer.Ordinal);

    public IReadOnlyList<JobActivity> Jobs => [.. _jobs.Values.OrderBy(j => j.Name, StringComparer.Ordinal)];

    public IReadOnlyList<QueueActivity> Queues => [.. _queues.Values.OrderBy(q => q.Queue, StringComparer.Ordinal)];

    public void JobScheduled(string name, string schedule, DateTimeOffset next) =>
        _jobs.AddOrUpdate(name, _ => new JobActivity(name, schedule, next, null, null, 0), (_, j) => j with { NextRun = next });

    public void JobRan(string name, DateTimeOffset at, string outcome) =>
        _jobs.AddOrUpdate(
            name,
            _ => new JobActivity(name, "", null, at, outcome, 1),
            (_, j) => j with { LastRun = at, LastOutcome = outcome, Runs = j.Runs + 1 });

    public void QueueWatched(string queue) => Update(queue, q => q);

    public void MessageStarted(string queue) => Update(queue, q => q with { InFlight = q.InFlight + 1 });

    public void MessageHandled(string queue) => Update(queue, q => q with { Handled = q.Handled + 1, InFlight = q.InFlight - 1 });

    public void MessageFailed(string queue, bool poisoned) =>
        Update(queue, q => q with { Failed = q.Failed + 1, Poisoned = q.Poisoned + (poisoned ? 1 : 0), InFlight = q.InFlight - 1 });

    private void Update(string queue, Func<QueueActivity, QueueActivity> change) =>
        _queues.AddOrUpdate(queue, _ => change(new QueueActivity(queue, 0, 0, 0, 0)), (_, q) => change(q));
}
