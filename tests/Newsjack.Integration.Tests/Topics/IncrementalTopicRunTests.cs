using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.News;
using Newsjack.Azure.Topics;
using Newsjack.Core.Buzz;
using Newsjack.Core.Topics;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>
/// `DetectTopics` fetches only what changed since its previous run (new and re-sourced items, posts received, late ones
/// included), writes only the topics that changed, and decides exactly as runs that read the whole window.
/// </summary>
public sealed class IncrementalTopicRunTests(AzuriteFixture azurite)
{
    private readonly AzuriteFixture _azurite = azurite;
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private long _sequence;

    [Fact]
    public async Task Repeat_run_with_no_new_data_fetches_no_rows_and_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_azurite.NewStorageOptions(), _time);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);
        var job = services.Get<DetectTopicsJob>();
        var first = await job.DetectAsync(ct);
        var rows = await services.TopicRowsAsync(ct);
        var blobs = await BlobETagsAsync(services, ct);

        _time.Advance(TimeSpan.FromMinutes(6));
        var overlapping = await job.DetectAsync(ct);  // still fetches what arrived in the minutes before the first run
        _time.Advance(TimeSpan.FromMinutes(6));
        var again = await job.DetectAsync(ct);

        Assert.Equal((4, 1, 1), (first.PostsFetched, first.Topics, first.Written));
        Assert.Equal((4, 0), (overlapping.PostsFetched, overlapping.Written));
        Assert.Equal((4, 0, 1, 0, 1), (again.Posts, again.PostsFetched, again.Topics, again.Written, again.Unchanged));
        Assert.Equal((0, 0), (overlapping.TopicRowsFetched, again.TopicRowsFetched)); // the rows it wrote itself are held
        Assert.Equal(rows.Select(r => (r.RowKey, r.ETag)), (await services.TopicRowsAsync(ct)).Select(r => (r.RowKey, r.ETag)));
        Assert.Equal(blobs, await BlobETagsAsync(services, ct));
        Assert.Equal(1, await ScoreRequestsAsync(services, ct)); // no new scoring pass for topics that did not change
    }

    [Fact]
    public async Task Late_post_for_an_earlier_hour_is_the_one_row_fetched_and_its_topic_the_one_written()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_azurite.NewStorageOptions(), _time);
        await TopicSamples.StoreItemsAsync(services.Get<NewsItemStore>(), _time.GetUtcNow(), ["bakery-1", "bakery-2"], ct);
        await TopicSamples.StorePostsAsync(services.Get<BuzzIngestHandler>(), _time, ct);
        var job = services.Get<DetectTopicsJob>();
        await job.DetectAsync(ct);
        _time.Advance(TimeSpan.FromMinutes(6));
        await job.DetectAsync(ct);
        var before = (await services.TopicRowsAsync(ct)).ToDictionary(r => r.RowKey, r => r.ETag);

        _time.Advance(TimeSpan.FromMinutes(6));
        await IngestAsync(services, [("late-1", "Replaying the #BlackoutBowl from earlier", _time.GetUtcNow().AddMinutes(-150))], ct);
        var report = await job.DetectAsync(ct);

        var social = Assert.Single(await services.Get<TopicStore>().ReadRecentAsync(_time.GetUtcNow().AddDays(-1), ct), t => t.Origin == TopicOrigin.Social);
        var after = (await services.TopicRowsAsync(ct)).ToDictionary(r => r.RowKey, r => r.ETag);
        Assert.Equal((0, 1, 5), (report.ItemsFetched, report.PostsFetched, report.Posts));
        Assert.Equal((5, 1, 1), (social.PostCount, report.Written, report.Unchanged));
        Assert.NotEqual(before[social.Id], after[social.Id]);
        Assert.Equal(before.Where(p => p.Key != social.Id), after.Where(p => p.Key != social.Id)); // the bakery story was left alone
    }

    [Fact]
    public async Task Runs_that_fetch_only_changes_decide_exactly_as_runs_that_read_the_whole_window()
    {
        var ct = TestContext.Current.CancellationToken;
        var (incremental, full) = (_azurite.NewStorageOptions(), _azurite.NewStorageOptions());
        await using var kept = new TopicsTestServices(incremental, _time);
        var fetched = new List<int>();
        for (var step = 0; step < 4; step++)
        {
            await StoreStepAsync(kept, step, ct);
            var report = await kept.Get<DetectTopicsJob>().DetectAsync(ct);
            fetched.Add(report.ItemsFetched + report.PostsFetched);

            // The same arrivals in the other account, read by a host started afresh for every run: a full read each time.
            await using var fresh = new TopicsTestServices(full, _time);
            await StoreStepAsync(fresh, step, ct);
            var whole = await fresh.Get<DetectTopicsJob>().DetectAsync(ct);

            Assert.Equal((whole.Items, whole.Posts, whole.Topics), (report.Items, report.Posts, report.Topics));
            Assert.Equal(Contents(await fresh.TopicRowsAsync(ct)), Contents(await kept.TopicRowsAsync(ct)));
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        // Each run fetched its own step's rows and, through the overlap, the step before: never the whole window again.
        Assert.Equal([4, 3 + 2 + 2, 3 + 2 + 1 + 3, 2 + 3 + 3], fetched);
    }

    [Fact]
    public async Task Two_hosts_taking_turns_decide_exactly_as_one_and_read_only_the_state_the_other_wrote()
    {
        var ct = TestContext.Current.CancellationToken;
        var (shared, single) = (_azurite.NewStorageOptions(), _azurite.NewStorageOptions());
        var reads = new StateReadCounter();
        var counted = new BlobClientOptions();
        counted.AddPolicy(reads, global::Azure.Core.HttpPipelinePosition.PerCall);
        await using var first = new TopicsTestServices(shared, _time, configure: s => s.AddSingleton(new BlobServiceClient(shared.ConnectionString, counted)));
        await using var second = new TopicsTestServices(shared, _time);
        await using var alone = new TopicsTestServices(single, _time);
        var downloads = new List<int>();
        var writtenBySecond = new List<int>();
        var reports = new List<TopicsRunReport>();
        for (var step = 0; step < 4; step++)
        {
            var host = step % 2 == 0 ? first : second;
            var (before, versions) = (reads.Downloads, await first.Get<StateBlobStore>().VersionsAsync("topics-", ct));
            await StoreStepAsync(host, step, ct);
            reports.Add(await host.Get<DetectTopicsJob>().DetectAsync(ct));
            downloads.Add(reads.Downloads - before);
            var after = await first.Get<StateBlobStore>().VersionsAsync("topics-", ct);
            writtenBySecond.Add(host == second ? after.Count(p => versions.GetValueOrDefault(p.Key) != p.Value) : 0);

            await StoreStepAsync(alone, step, ct);
            await alone.Get<DetectTopicsJob>().DetectAsync(ct);
            Assert.Equal(Contents(await alone.TopicRowsAsync(ct)), Contents(await first.TopicRowsAsync(ct)));
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        var held = reads.Downloads;
        await first.Get<DetectTopicsJob>().DetectAsync(ct);
        var afterSecond = reads.Downloads - held;
        _time.Advance(TimeSpan.FromMinutes(1));
        await first.Get<DetectTopicsJob>().DetectAsync(ct);

        // The first host downloads the state blobs the second one wrote since its own run, and no others.
        Assert.Equal([0, 0, writtenBySecond[1], 0], downloads);
        Assert.True(writtenBySecond[1] >= 2, $"the second host wrote {writtenBySecond[1]} state blobs");
        Assert.Equal(writtenBySecond[3], afterSecond);
        Assert.Equal(held + afterSecond, reads.Downloads); // its own state, held since it wrote it

        // Topic rows likewise: each host reads in full the rows the other one wrote since its last run, and no others.
        // (The second host's first run reads every row: it holds none yet.)
        Assert.Equal([0, reports[0].Written, reports[1].Written, reports[2].Written], reports.Select(r => r.TopicRowsFetched));
        Assert.True(reports[1].Written > 0, "the second host wrote topic rows");
    }

    [Fact]
    public async Task Topic_rows_another_writer_deleted_or_changed_are_noticed_and_written_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = new TopicsTestServices(_azurite.NewStorageOptions(), _time);
        await StoreStepAsync(services, 0, ct);
        var job = services.Get<DetectTopicsJob>();
        await job.DetectAsync(ct);
        var rows = await services.TopicRowsAsync(ct);
        Assert.True(rows.Count >= 2, $"{rows.Count} topic rows");
        var stored = await services.TopicRowsAsync(ct);
        var table = services.Get<TableServiceClient>().GetTableClient(services.Names.Table("topics"));
        await table.DeleteEntityAsync(rows[0].PartitionKey, rows[0].RowKey, global::Azure.ETag.All, ct);
        var edited = rows[1];
        edited["Label"] = "edited elsewhere";
        await table.UpdateEntityAsync(edited, global::Azure.ETag.All, TableUpdateMode.Replace, ct);

        _time.Advance(TimeSpan.FromMinutes(1));
        var report = await job.DetectAsync(ct);

        Assert.Equal((1, 2, rows.Count - 2), (report.TopicRowsFetched, report.Written, report.Unchanged));
        var after = await services.TopicRowsAsync(ct);
        Assert.Equal(stored.Select(r => r.RowKey), after.Select(r => r.RowKey));
        Assert.All(stored.Zip(after), pair => Assert.True(TopicRows.SameContent(pair.First, pair.Second), pair.First.RowKey)); // momentum re-dated, same numbers
    }

    /// <summary>Four arrival steps ten minutes apart: stories, a new outlet for a known item, a late post, more buzz.</summary>
    private async Task StoreStepAsync(TopicsTestServices services, int step, CancellationToken cancellationToken)
    {
        var news = services.Get<NewsItemStore>();
        var now = _time.GetUtcNow();
        switch (step)
        {
            case 0:
                await TopicSamples.StoreItemsAsync(news, now, ["blackout-1", "blackout-2", "phone-1"], cancellationToken);
                await IngestAsync(services, [("s0", "Reading about the stadium blackout https://news.example/blackout-1", now.AddMinutes(-5))], cancellationToken);
                break;
            case 1:
                await TopicSamples.StoreItemsAsync(news, now, ["blackout-3", "phone-2"], cancellationToken);
                var (id, outlet, title, summary, minutesAgo) = TopicSamples.Items[0];
                await news.RecordAsync("Coastal Courier", [new NewsItemCandidate(TopicSamples.Item(id, outlet, title, summary, TopicSamples.Now.AddMinutes(-minutesAgo)), null, false)], now.AddMinutes(-1), cancellationToken);
                await IngestAsync(services, [("s1", "Still dark in here #BlackoutBowl", now.AddMinutes(-3))], cancellationToken);
                break;
            case 2:
                await TopicSamples.StoreItemsAsync(news, now, ["bakery-1", "bakery-2"], cancellationToken);
                await IngestAsync(services, [
                    ("s2", "Best halftime show ever: darkness #blackoutbowl", now.AddMinutes(-2)),
                    ("s3", "That was an hour ago and still #blackoutbowl", now.AddMinutes(-130)), // late, for an earlier hour
                    ("s4", "The flagship phone bends in my pocket, reports say", now.AddMinutes(-4)),
                ], cancellationToken);
                break;
            default:
                await IngestAsync(services, [
                    ("s5", "Thirty minutes of nothing #blackoutbowl", now.AddMinutes(-1)),
                    ("s6", "Sourdough prize for the harbor bakery rye loaf", now.AddMinutes(-2)),
                    ("s7", "Another look at the stadium blackout https://news.example/blackout-2", now.AddMinutes(-6)),
                ], cancellationToken);
                break;
        }
    }

    private async Task IngestAsync(TopicsTestServices services, IReadOnlyList<(string Id, string Text, DateTimeOffset CreatedAt)> posts, CancellationToken cancellationToken)
    {
        string[] events = [.. posts.Select(p =>
            $$"""{"id":"{{p.Id}}","platform":"x","text":"{{p.Text}}","createdAt":"{{p.CreatedAt.ToString("O", CultureInfo.InvariantCulture)}}","likes":3,"shares":1,"replies":0,"lang":"en"}""")];
        var start = _sequence;
        _sequence += events.Length;
        var result = await services.Get<BuzzIngestHandler>().IngestBatchAsync(
            new BuzzBatch("0", events, [.. events.Select((_, i) => start + i)], [.. events.Select(_ => _time.GetUtcNow().UtcDateTime)], null),
            cancellationToken);
        Assert.Equal(events.Length, result.Accepted);
    }

    private static List<string> Contents(List<TableEntity> rows) =>
        [.. rows.Select(r => string.Join("|", r.Where(c => c.Key is not ("odata.etag" or "Timestamp")).OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key + "=" + Convert.ToString(c.Value, CultureInfo.InvariantCulture))))];

    private static async Task<List<(string, string)>> BlobETagsAsync(TopicsTestServices services, CancellationToken cancellationToken)
    {
        var store = services.Get<StateBlobStore>();
        var names = await store.ListAsync("topics-", cancellationToken);
        var etags = new List<(string, string)>();
        foreach (var name in names)
        {
            etags.Add((name, (await store.ReadAsync(name, cancellationToken))!.ETag.ToString()));
        }

        return etags;
    }

    private static async Task<int> ScoreRequestsAsync(TopicsTestServices services, CancellationToken cancellationToken) =>
        (await services.Get<QueueServiceClient>().GetQueueClient(services.Names.ScoreTopics).PeekMessagesAsync(32, cancellationToken)).Value.Length;
}
