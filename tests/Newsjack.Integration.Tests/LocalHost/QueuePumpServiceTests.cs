using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Storage;
using Newsjack.Cli.LocalHost;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Telemetry;

namespace Newsjack.Integration.Tests.LocalHost;

public sealed class QueuePumpServiceTests(AzuriteFixture azurite)
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly LocalHostActivity _activity = new();
    private readonly LocalHostOptions _options = new()
    {
        QueueVisibilityTimeout = TimeSpan.FromMilliseconds(200),
        MaxPollingInterval = TimeSpan.FromMilliseconds(200),
        MaxDequeueCount = 3,
    };

    private StorageNames Names => new(_storage.Prefix);

    [Fact]
    public async Task Messages_sent_base64_like_the_Functions_trigger_expects_are_handled_once_and_deleted()
    {
        var handler = new RecordingHandler("work");
        var queue = await CreateQueueAsync("work");
        foreach (var text in new[] { "{\"feed\":\"a\"}", "{\"feed\":\"b\"}", "{\"feed\":\"c\"}" })
        {
            await queue.SendMessageAsync(text, TestContext.Current.CancellationToken);
        }

        using var service = Service(handler);
        await service.StartAsync(TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => _activity.Queues.SingleOrDefault()?.Handled == 3, "three handled");
        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["{\"feed\":\"a\"}", "{\"feed\":\"b\"}", "{\"feed\":\"c\"}"], handler.Completed.Order(StringComparer.Ordinal));
        Assert.Empty((await queue.PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public async Task Failing_message_is_retried_then_moved_to_the_poison_queue_after_max_dequeue_count()
    {
        var handler = new RecordingHandler("work", (message, attempt, _) =>
            message == "flaky" && attempt == 1 || message == "broken" ? throw new InvalidOperationException("downstream 500") : Task.CompletedTask);
        var queue = await CreateQueueAsync("work");
        await queue.SendMessageAsync("broken", TestContext.Current.CancellationToken);
        await queue.SendMessageAsync("flaky", TestContext.Current.CancellationToken);

        using var service = Service(handler);
        await service.StartAsync(TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => _activity.Queues.SingleOrDefault()?.Poisoned == 1, "poisoned");
        await service.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, handler.Attempts("broken"));
        Assert.Equal(2, handler.Attempts("flaky"));
        Assert.Equal(["flaky"], handler.Completed);
        var poison = Queues().GetQueueClient(Names.Queue("work") + "-poison");
        var poisoned = (await poison.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value;
        Assert.Equal("broken", Assert.Single(poisoned).Body.ToString());
        Assert.Empty((await queue.PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public async Task Stopping_lets_an_in_flight_message_finish_and_deletes_it()
    {
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var handler = new RecordingHandler("work", async (_, _, ct) =>
        {
            started.SetResult();
            await release.Task.WaitAsync(ct);
        });
        var queue = await CreateQueueAsync("work");
        await queue.SendMessageAsync("in-flight", TestContext.Current.CancellationToken);

        using var service = Service(handler);
        await service.StartAsync(TestContext.Current.CancellationToken);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var stopping = service.StopAsync(TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(stopping.IsCompleted, "stop must wait for the in-flight message");

        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(["in-flight"], handler.Completed);
        Assert.Empty((await queue.PeekMessagesAsync(32, TestContext.Current.CancellationToken)).Value);
    }

    private QueueServiceClient Queues() => StorageClients.Queues(_storage);

    private async Task<QueueClient> CreateQueueAsync(string name)
    {
        var queue = Queues().GetQueueClient(Names.Queue(name));
        await queue.CreateIfNotExistsAsync(cancellationToken: TestContext.Current.CancellationToken);
        return queue;
    }

    private QueuePumpService Service(RecordingHandler handler) =>
        new([handler.Job], Queues(), Names, Options.Create(_options), TimeProvider.System, _activity, TestMetrics.Create(TimeProvider.System), NullLoggerFactory.Instance);
}
