using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Storage;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>A buzz handler and retention job on a fresh Azurite prefix, plus readers of what they stored.</summary>
internal sealed class BuzzStorage
{
    public BuzzStorage(AzuriteFixture azurite)
    {
        var options = azurite.NewStorageOptions();
        Tables = new BuzzTables(StorageClients.Tables(options), new StorageNames(options.Prefix));
        Handler = new BuzzIngestHandler(Tables, Time, NullLogger<BuzzIngestHandler>.Instance);
        Retention = new BuzzRetentionJob(Tables, Time, NullLogger<BuzzRetentionJob>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(BuzzSamples.Now);

    public BuzzTables Tables { get; }

    public BuzzIngestHandler Handler { get; }

    public BuzzRetentionJob Retention { get; }

    public async Task<List<TableEntity>> PostsAsync() =>
        (await AllAsync(Tables.Posts)).Where(e => e.RowKey.StartsWith(BuzzRowKeys.PostPrefix, StringComparison.Ordinal)).ToList();

    public async Task<List<TableEntity>> AggregatesAsync() =>
        (await AllAsync(Tables.Posts)).Where(e => e.RowKey.StartsWith(BuzzRowKeys.AggregatePrefix, StringComparison.Ordinal)).ToList();

    public Task<List<TableEntity>> DeadLettersAsync() => AllAsync(Tables.DeadLetters);

    /// <summary>Sum of one aggregate column over every source of one hour.</summary>
    public async Task<long> HourTotalAsync(string hour, string column) =>
        (await AggregatesAsync()).Where(a => a.PartitionKey == hour).Sum(a => a.GetInt64(column) ?? 0);

    private async Task<List<TableEntity>> AllAsync(TableClient table)
    {
        await Tables.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
