using System.Globalization;
using System.Net;
using System.Text;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Storage;
using Newsjack.Core.Buzz;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>
/// Writers that post into the same hour at the same time never fail each other (no shared row to race on),
/// and the hour's counts are exact. Throughput is measured by a measuring run, not here.
/// </summary>
public sealed class ConcurrentBuzzWritersTests(AzuriteFixture azurite)
{
    private const int Clients = 4;
    private const int BatchesPerClient = 5;
    private const int BatchSize = 100;

    [Fact]
    public async Task Four_clients_posting_into_one_hour_all_get_200_and_every_post_is_counted_once()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => PostBatchesAsync(host, c)));

        var all = answers.SelectMany(a => a).ToList();
        Assert.All(all, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(Clients * BatchesPerClient * BatchSize, all.Sum(a => a.Summary.Accepted));
        Assert.Equal(0, all.Sum(a => a.Summary.Duplicates + a.Summary.Rejected));
        Assert.Equal(Clients * BatchesPerClient * BatchSize, await HourPostsAsync(host.Storage, "2026112310"));
    }

    [Fact]
    public async Task Four_clients_posting_the_same_posts_at_once_store_and_count_each_post_once()
    {
        await using var host = await LocalHostServer.StartAsync(azurite);

        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => PostBatchesAsync(host, client: 0)));

        var all = answers.SelectMany(a => a).ToList();
        Assert.All(all, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(BatchesPerClient * BatchSize, all.Sum(a => a.Summary.Accepted));
        Assert.Equal((Clients - 1) * BatchesPerClient * BatchSize, all.Sum(a => a.Summary.Duplicates));
        Assert.Equal(BatchesPerClient * BatchSize, await HourPostsAsync(host.Storage, "2026112310"));
    }

    [Fact]
    public async Task Four_event_hub_partitions_writing_one_hour_at_once_count_every_post()
    {
        var storage = new BuzzStorage(azurite);
        var batches = Enumerable.Range(0, Clients).Select(p => BuzzSamples.Batch(
            p.ToString(CultureInfo.InvariantCulture), 1, [.. Enumerable.Range(0, BatchSize).Select(i => BuzzSamples.Post($"p{p}-{i}"))]));

        var results = await Task.WhenAll(batches.Select(b => storage.Handler.IngestBatchAsync(b, TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.Equal(BatchSize, r.Accepted));
        Assert.Equal(Clients * BatchSize, await storage.HourTotalAsync("2026112310", "xPosts"));
    }

    private static async Task<List<(HttpStatusCode Status, BuzzIngestSummary Summary)>> PostBatchesAsync(LocalHostServer host, int client)
    {
        var answers = new List<(HttpStatusCode, BuzzIngestSummary)>();
        for (var batch = 0; batch < BatchesPerClient; batch++)
        {
            var body = string.Join('\n', Enumerable.Range(0, BatchSize).Select(i => BuzzSamples.Post($"c{client}-{batch}-{i}")));
            using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
            using var response = await host.Http.PostAsync(new Uri("/api/buzz", UriKind.Relative), content, TestContext.Current.CancellationToken);
            var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            answers.Add((response.StatusCode, System.Text.Json.JsonSerializer.Deserialize(json, Newsjack.Core.Serialization.NewsjackJsonContext.Default.BuzzIngestSummary)!));
        }

        return answers;
    }

    private static async Task<long> HourPostsAsync(StorageOptions options, string hour)
    {
        var reader = new BuzzStoreReader(new BuzzTables(StorageClients.Tables(options), new StorageNames(options.Prefix)));
        var start = DateTimeOffset.ParseExact(hour, "yyyyMMddHH", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var hourly = await reader.HourlyAsync(start, start.AddHours(1), TestContext.Current.CancellationToken);
        return hourly.Sum(h => h.Posts);
    }
}
