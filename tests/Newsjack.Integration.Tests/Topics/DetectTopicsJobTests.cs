using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.News;
using Newsjack.Azure.Storage;
using Newsjack.Azure.Topics;
using Newsjack.Core.Topics;
using Newsjack.Core.Topics.Trends;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Topics;

public sealed class DetectTopicsJobTests(AzuriteFixture azurite)
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);

    [Fact]
    public async Task Job_on_stored_items_and_posts_writes_one_topic_per_story_to_the_table()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: ct);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);

        var report = await services.Get<DetectTopicsJob>().DetectAsync(ct);
        var topics = await services.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-1), ct);

        Assert.Equal((7, 4, 4, 4), (report.Items, report.Posts, report.Topics, report.Written));
        Assert.Equal(4, topics.Count);
        var blackout = Assert.Single(topics, t => t.ItemIds.Contains("blackout-1"));
        Assert.Equal(["blackout-1", "blackout-2", "blackout-3"], blackout.ItemIds.Order(StringComparer.Ordinal));
        Assert.Equal(1, blackout.PostCount);                          // the post that links the article
        var social = Assert.Single(topics, t => t.Origin == TopicOrigin.Social);
        Assert.Equal(("#BlackoutBowl", 3), (social.Label, social.PostCount)); // the rest only share a hashtag the news never used
        Assert.Equal(["Harbor Gazette", "Meridian Wire", "Pulse Tech"], blackout.Outlets.Order(StringComparer.Ordinal));
        Assert.Contains("blackout", blackout.Label, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(blackout.Momentum);
        Assert.Equal(TopicSamples.Now.AddMinutes(-90), blackout.FirstSeen);
        Assert.Equal(["bakery-1", "bakery-2"], Assert.Single(topics, t => t.ItemIds.Contains("bakery-1")).ItemIds.Order(StringComparer.Ordinal));
        var rows = await services.TopicRowsAsync(ct);
        Assert.All(rows, r => Assert.Equal("20261123", r.PartitionKey));
        Assert.Equal(topics.Select(t => t.Id).Order(StringComparer.Ordinal), rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Second_run_on_the_same_data_keeps_ids_and_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: ct);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);
        var job = services.Get<DetectTopicsJob>();
        await job.DetectAsync(ct);
        var before = await services.TopicRowsAsync(ct);
        var clustererBefore = await services.Get<StateBlobStore>().ReadAsync(TopicStateStore.ClustererBlob, ct);
        var newsBefore = await services.Get<StateBlobStore>().ReadAsync(TopicStateStore.SketchBlob(TopicPass.NewsPartition), ct);
        var postsBefore = await services.Get<StateBlobStore>().ReadAsync(TopicStateStore.SketchBlob("0"), ct);

        var again = await job.DetectAsync(ct);

        var after = await services.TopicRowsAsync(ct);
        Assert.Equal((4, 0, 4), (again.Topics, again.Written, again.Unchanged));
        Assert.Equal(before.Select(r => (r.RowKey, r.ETag)), after.Select(r => (r.RowKey, r.ETag)));
        Assert.Equal(clustererBefore!.ETag, (await services.Get<StateBlobStore>().ReadAsync(TopicStateStore.ClustererBlob, ct))!.ETag);
        Assert.Equal(newsBefore!.ETag, (await services.Get<StateBlobStore>().ReadAsync(TopicStateStore.SketchBlob(TopicPass.NewsPartition), ct))!.ETag); // nothing counted twice
        Assert.Equal(postsBefore!.ETag, (await services.Get<StateBlobStore>().ReadAsync(TopicStateStore.SketchBlob("0"), ct))!.ETag);
    }

    [Fact]
    public async Task Topic_ids_survive_a_restart_because_stories_are_restored_from_the_state_blob()
    {
        var ct = TestContext.Current.CancellationToken;
        string firstId;
        await using (var first = new TopicsTestServices(_storage, _time))
        {
            await TopicSamples.StoreItemsAsync(first.Get<NewsItemStore>(), _time.GetUtcNow(), ["blackout-1", "blackout-2"], ct);
            await first.Get<DetectTopicsJob>().DetectAsync(ct);
            firstId = Assert.Single(await first.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-1), ct)).Id;
        }

        // 50 h later the first items are outside the 48 h window: only the restored story can still hold them.
        _time.Advance(TimeSpan.FromHours(50));
        await using var restarted = new TopicsTestServices(_storage, _time);
        await TopicSamples.StoreItemsAsync(restarted.Get<NewsItemStore>(), _time.GetUtcNow(), ["blackout-3"], ct);
        var report = await restarted.Get<DetectTopicsJob>().DetectAsync(ct);

        var topic = Assert.Single(await restarted.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddHours(-1), ct));
        Assert.Equal(1, report.Items);
        Assert.Equal(firstId, topic.Id);
        Assert.Equal(["blackout-1", "blackout-2", "blackout-3"], topic.ItemIds.Order(StringComparer.Ordinal));
        var row = Assert.Single(await restarted.TopicRowsAsync(ct));    // moved to the day of its new item; the old day's row is gone
        Assert.Equal(("20261125", firstId), (row.PartitionKey, row.RowKey));
    }

    [Fact]
    public async Task Empty_window_produces_no_topics_and_no_error()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);

        var report = await services.Get<DetectTopicsJob>().DetectAsync(ct);

        Assert.Equal((0, 0, 0), (report.Items, report.Posts, report.Topics));
        Assert.Empty(await services.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-7), ct));
    }

    [Fact]
    public async Task Hashtag_topic_whose_posts_now_belong_to_a_story_is_retired()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);
        await services.Get<DetectTopicsJob>().DetectAsync(ct);
        var social = Assert.Single(await services.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-1), ct), t => t.Origin == TopicOrigin.Social);

        // News catches up and uses the hashtag: the posts join the story, the hashtag is no topic of its own any more.
        var item = TopicSamples.Item("blackout-4", "Meridian Wire", "Fans call the stadium blackout the #BlackoutBowl", "The championship game blackout became the #BlackoutBowl online.", _time.GetUtcNow().AddMinutes(-10));
        var news = services.Get<NewsItemStore>();
        await news.EnsureAsync(ct);
        await news.RecordAsync("Meridian Wire", [new NewsItemCandidate(item, null, false)], _time.GetUtcNow().AddMinutes(-5), ct);
        _time.Advance(TimeSpan.FromMinutes(5));
        var report = await services.Get<DetectTopicsJob>().DetectAsync(ct);

        var topics = await services.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-1), ct);
        Assert.Equal(1, report.Retired);
        Assert.DoesNotContain(topics, t => t.Id == social.Id);
        Assert.Equal(4, Assert.Single(topics).PostCount);
        Assert.DoesNotContain((await services.TopicRowsAsync(ct)).Select(r => r.RowKey), id => id == social.Id);
    }

    [Fact]
    public async Task Topics_past_retention_are_deleted_and_their_stories_leave_the_state()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_storage, _time);
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), cancellationToken: ct);
        await services.Get<DetectTopicsJob>().DetectAsync(ct);
        Assert.Equal(3, (await services.TopicRowsAsync(ct)).Count);

        _time.Advance(TimeSpan.FromDays(15));
        var report = await services.Get<DetectTopicsJob>().DetectAsync(ct);

        Assert.Equal((0, 3), (report.Topics, report.Purged));
        Assert.Empty(await services.TopicRowsAsync(ct));
        Assert.Empty((await services.Get<TopicStateStore>().LoadAsync(new TrendOptions { WidthBits = 12 }, ct)).Clusterer.Clusters);
    }

    [Fact]
    public async Task Job_is_registered_and_is_the_DetectTopics_timer_row()
    {
        await using var services = new TopicsTestServices(_storage, _time);

        var job = services.Get<DetectTopicsJob>();

        var row = PipelineJobs.Named("DetectTopics");
        Assert.NotNull(job);
        Assert.Equal((JobTrigger.Timer, "TOPICS_SCHEDULE", "*/30 * * * * *", typeof(DetectTopicsJob)), (row.Trigger, row.Setting, row.DefaultSchedule, row.Handler));
    }
}
