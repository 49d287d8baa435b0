using Azure.Data.Tables;
using Microsoft.Extensions.Caching.Distributed;
using Newsjack.Azure.Storage;

namespace Newsjack.Azure.Embeddings;

/// <summary>
/// Embeddings by content hash in table <c>embeddingcache</c> (PK = first two characters of the key, RK = the key),
/// behind <see cref="IDistributedCache"/> for Microsoft.Extensions.AI's caching generator, so the timer pipeline
/// never embeds one text twice, across runs, restarts and instances. Entries never expire (a text's vector does not change).
/// </summary>
public sealed class EmbeddingCacheTable(TableServiceClient tables, StorageNames names, TimeProvider time) : IDistributedCache
{
    private const string ValueColumn = "Value";
    private readonly TableClient _table = tables.GetTableClient(names.EmbeddingCache);
    private Task? _created;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await EnsureTableAsync(token);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(key), key, [ValueColumn], token);
        return row.HasValue ? row.Value!.GetBinary(ValueColumn) : null;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        await EnsureTableAsync(token);
        var entity = new TableEntity(PartitionOf(key), key) { [ValueColumn] = value, ["CreatedAt"] = time.GetUtcNow() };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token);
    }

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await EnsureTableAsync(token);
        await _table.DeleteEntityAsync(PartitionOf(key), key, cancellationToken: token);
    }

    private static string PartitionOf(string key) => key.Length >= 2 ? key[..2] : key;

    // Created once per instance; a failed attempt is retried on the next call.
    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        var created = _created ??= _table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            await created;
        }
        catch
        {
            _created = null;
            throw;
        }
    }
}
