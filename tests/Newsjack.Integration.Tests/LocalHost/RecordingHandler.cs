using System.Collections.Concurrent;
using Newsjack.Azure.Hosting;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>A queue handler that records every attempt and fails or waits as the test tells it.</summary>
internal sealed class RecordingHandler(string queue, Func<string, int, CancellationToken, Task>? body = null) : IQueueMessageHandler
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>The handler as the local host pumps a queue row: logical queue <c>queue</c>.</summary>
    public QueueJob Job => new(PipelineJob.OnQueue<RecordingHandler>("Record", queue, "RECORD_QUEUE"), this);

    public ConcurrentQueue<string> Completed { get; } = new();

    public int Attempts(string message) => _attempts.GetValueOrDefault(message);

    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        var attempt = _attempts.AddOrUpdate(message, 1, (_, n) => n + 1);
        await (body?.Invoke(message, attempt, cancellationToken) ?? Task.CompletedTask);
        Completed.Enqueue(message);
    }
}
