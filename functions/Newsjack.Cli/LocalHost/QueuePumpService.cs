using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// One <see cref="QueuePump"/> per queue job (the queue rows of <see cref="PipelineJobs"/>). On shutdown it stops polling at once and
/// lets in-flight messages finish; they are cancelled only when the host's shutdown timeout runs out.
/// </summary>
public sealed class QueuePumpService(
    IEnumerable<QueueJob> jobs,
    QueueServiceClient queues,
    StorageNames names,
    IOptions<LocalHostOptions> options,
    TimeProvider time,
    LocalHostActivity activity,
    PipelineMetrics metrics,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly CancellationTokenSource _abortWork = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(job => CreatePump(job).RunAsync(stoppingToken, _abortWork.Token)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host cancels this token when HostOptions.ShutdownTimeout is over: then in-flight work is abandoned too.
        await using var abort = cancellationToken.Register(_abortWork.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abortWork.Dispose();
        base.Dispose();
    }

    private QueuePump CreatePump(QueueJob job)
    {
        var name = names.Queue(job.Queue);
        return new QueuePump(
            job.Handler, queues.GetQueueClient(name), queues.GetQueueClient(StorageNames.Poison(name)), options.Value,
            time, activity, parent => metrics.StartStage(job.Definition.Name, parent), loggers.CreateLogger($"{typeof(QueuePump).FullName}.{job.Queue}"));
    }
}
