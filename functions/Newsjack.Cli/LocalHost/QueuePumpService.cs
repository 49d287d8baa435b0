using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Storage;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// One <see cref="QueuePump"/> per <see cref="IQueueMessageHandler"/>. On shutdown it stops polling at once and
/// lets in-flight messages finish; they are cancelled only when the host's shutdown timeout runs out.
/// </summary>
public sealed class QueuePumpService(
    IEnumerable<IQueueMessageHandler> handlers,
    QueueServiceClient queues,
    StorageNames names,
    IOptions<LocalHostOptions> options,
    TimeProvider time,
    LocalHostActivity activity,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly CancellationTokenSource _abortWork = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(handlers.Select(handler => CreatePump(handler).RunAsync(stoppingToken, _abortWork.Token)));

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

    private QueuePump CreatePump(IQueueMessageHandler handler)
    {
        var name = names.Queue(handler.Queue);
        return new QueuePump(
            handler, queues.GetQueueClient(name), queues.GetQueueClient(StorageNames.Poison(name)), options.Value,
            time, activity, loggers.CreateLogger($"{typeof(QueuePump).FullName}.{handler.Queue}"));
    }
}
