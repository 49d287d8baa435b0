using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.News;
using Newsjack.Azure.Storage;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.News;

public sealed class FeedPollSchedulingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private FeedServer _server = null!;
    private NewsTestServices _services = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FeedServer.StartAsync(_ct);
        _server.MapBody("/good", RssFeed.With("Good", ("Good news", "https://good.example/1"), ("More good news", "https://good.example/2")));
        _server.MapBody("/bad", "this is not a feed");
        _services = new NewsTestServices(azurite.NewStorageOptions(),
            NewsTestServices.FeedsJson(("Good Wire", _server.Url("/good")), ("Bad Wire", _server.Url("/bad"))), _time);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Scheduler_QueuesEachDueFeedOnceUntilItsIntervalElapses()
    {
        var job = _services.Get<FeedPollScheduler>();
        var row = PipelineJobs.Named("PollFeeds");
        Assert.Equal((JobTrigger.Timer, "NEWS_POLL_SCHEDULE", "0 */1 * * * *", typeof(FeedPollScheduler)), (row.Trigger, row.Setting, row.DefaultSchedule, row.Handler));

        await job.RunAsync(_ct);
        _time.Advance(TimeSpan.FromMinutes(2));
        await job.RunAsync(_ct);
        var afterTwoRuns = await ReceiveAllAsync();
        _time.Advance(TimeSpan.FromMinutes(3));
        await job.RunAsync(_ct);

        Assert.Equal(["Bad Wire", "Good Wire"], afterTwoRuns.Order(StringComparer.Ordinal));
        Assert.Equal(["Bad Wire", "Good Wire"], (await ReceiveAllAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Handler_BrokenFeedIsRecordedAndDoesNotStopTheOther()
    {
        var handler = _services.Get<FeedPollHandler>();
        var row = PipelineJobs.Named("PollFeed");
        Assert.Equal((JobTrigger.Queue, "feed-polls", "FEED_POLL_QUEUE", typeof(FeedPollHandler)), (row.Trigger, row.Queue, row.Setting, row.Handler));

        await handler.HandleAsync("""{"feed":"Bad Wire"}""", _ct);
        await handler.HandleAsync("""{"feed":"Good Wire"}""", _ct);

        var health = await FeedHealthReport.ReadAsync(_services.Get<FeedCatalog>(), _services.Get<FeedStateStore>(), _ct);
        var good = health.Single(h => h.Feed == "Good Wire");
        var bad = health.Single(h => h.Feed == "Bad Wire");
        Assert.Equal((0, 2L, "updated"), (good.ConsecutiveFailures, good.ItemsSeen, good.LastOutcome));
        Assert.Equal((1, 0L, "failed"), (bad.ConsecutiveFailures, bad.ItemsSeen, bad.LastOutcome));
        Assert.StartsWith("not a feed: ", bad.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"feed":"No Such Wire"}""")]
    [InlineData("""{"other":1}""")]
    public async Task Handler_MessageThatCanNeverSucceed_CompletesWithoutPolling(string message)
    {
        var handler = _services.Get<FeedPollHandler>();

        var outcome = await handler.PollAsync(message, _ct);

        Assert.Null(outcome);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Handler_ScheduledMessage_PollsThatFeed()
    {
        await _services.Get<FeedPollScheduler>().RunAsync(_ct);
        var queue = Queue();
        var handler = _services.Get<FeedPollHandler>();

        foreach (var message in (await queue.ReceiveMessagesAsync(32, cancellationToken: _ct)).Value)
        {
            await handler.HandleAsync(message.Body.ToString(), _ct);
        }

        Assert.Equal(1, _server.Hits("/good"));
        Assert.Equal(1, _server.Hits("/bad"));
    }

    private QueueClient Queue() =>
        new(azurite.ConnectionString, _services.Names.Queue("feed-polls"), StorageClients.QueueOptions());

    private async Task<List<string>> ReceiveAllAsync()
    {
        var messages = (await Queue().ReceiveMessagesAsync(32, cancellationToken: _ct)).Value;
        var feeds = new List<string>();
        foreach (var message in messages)
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(message.Body.ToArray()));
            feeds.Add(json.RootElement.GetProperty("feed").GetString()!);
            await Queue().DeleteMessageAsync(message.MessageId, message.PopReceipt, _ct);
        }

        return feeds;
    }
}
