using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// Distinct news items (table `newsitems`, partitioned by the UTC hour first seen) with cross-poll and cross-feed
/// dedupe through <see cref="NewsItemIndex"/>. An item seen again is stored once; each new outlet that carries it
/// is added to its outlet list under optimistic concurrency. Safe to repeat: a retried poll stores nothing twice.
/// </summary>
public sealed class NewsItemStore(TableServiceClient tables, StorageNames names)
{
    private const int Parallelism = 8;
    private readonly TableClient _items = tables.GetTableClient(names.NewsItems);
    private readonly NewsItemWrites _writes = new(tables.GetTableClient(names.NewsItems));
    private readonly NewsItemIndex _index = new(tables.GetTableClient(names.NewsIndex));

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await _items.CreateIfNotExistsAsync(cancellationToken);
        await _index.EnsureAsync(cancellationToken);
    }

    public async Task<NewsItemCounts> RecordAsync(string outlet, IReadOnlyList<NewsItemCandidate> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bucket = NewsItemKeys.HourBucket(now);
        var fresh = new List<NewsItemEntity>();
        var restored = 0;
        var duplicates = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(candidates.DistinctBy(c => c.Item.Id), options, async (candidate, token) =>
        {
            var existing = await _index.ClaimAsync(candidate, outlet, bucket, token);
            if (existing is null)
            {
                lock (fresh)
                {
                    fresh.Add(NewsItemEntityMapping.ToEntity(candidate, bucket, candidate.Item.Id, outlet, now));
                }
            }
            else if (await _writes.AddOutletAsync(existing, candidate, outlet, now, token))
            {
                Interlocked.Increment(ref restored);
            }
            else
            {
                Interlocked.Increment(ref duplicates);
            }
        });

        await _writes.InsertNewAsync(fresh, outlet, now, cancellationToken);
        return new NewsItemCounts(fresh.Count + restored, duplicates);
    }

    /// <summary>The item with this id (or alias), wherever it is stored; null when unknown.</summary>
    public async Task<StoredNewsItem?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await _index.FindAsync(NewsItemKeys.IdKey(id), cancellationToken);
        if (row is null)
        {
            return null;
        }

        var found = await _items.GetEntityIfExistsAsync<NewsItemEntity>(row.Bucket, row.ItemId, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? NewsItemEntityMapping.ToStored(entity) : null;
    }

    /// <summary>Items first seen in [<paramref name="from"/>, <paramref name="to"/>): one PartitionKey range query over the hour buckets.</summary>
    public async Task<IReadOnlyList<StoredNewsItem>> ReadFirstSeenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await ReadRowsAsync(from, to, null, cancellationToken)).Select(r => r.Value)];

    /// <summary>
    /// As <see cref="ReadFirstSeenAsync"/>, with their keys, and only those first seen or given a new outlet at or after
    /// <paramref name="changedSince"/> (all of them when null): what changed since an earlier read of the same span.
    /// </summary>
    public async Task<IReadOnlyList<StoredRow<StoredNewsItem>>> ReadRowsAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset? changedSince, CancellationToken cancellationToken)
    {
        var first = NewsItemKeys.HourBucket(from);
        var last = NewsItemKeys.HourBucket(to);
        var filter = changedSince is { } since
            ? TableClient.CreateQueryFilter($"PartitionKey ge {first} and PartitionKey le {last} and LastSeenAt ge {since}")
            : TableClient.CreateQueryFilter($"PartitionKey ge {first} and PartitionKey le {last}");
        var items = new List<StoredRow<StoredNewsItem>>();
        try
        {
            await foreach (var entity in _items.QueryAsync<NewsItemEntity>(filter, cancellationToken: cancellationToken))
            {
                if (entity.FirstSeenAt >= from && entity.FirstSeenAt < to)
                {
                    items.Add(new StoredRow<StoredNewsItem>(entity.PartitionKey, entity.RowKey, NewsItemEntityMapping.ToStored(entity)));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return items;
    }
}
