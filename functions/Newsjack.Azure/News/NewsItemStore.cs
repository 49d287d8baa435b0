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
    private const int MaxAttempts = 10;
    private readonly TableClient _items = tables.GetTableClient(names.Table("newsitems"));
    private readonly NewsItemIndex _index = new(tables.GetTableClient(names.Table("newsindex")));

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
            else if (await AddOutletAsync(existing, candidate, outlet, now, token))
            {
                Interlocked.Increment(ref restored);
            }
            else
            {
                Interlocked.Increment(ref duplicates);
            }
        });

        await InsertNewAsync(fresh, outlet, now, cancellationToken);
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
    public async Task<IReadOnlyList<StoredNewsItem>> ReadFirstSeenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var first = NewsItemKeys.HourBucket(from);
        var last = NewsItemKeys.HourBucket(to);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {first} and PartitionKey le {last}");
        var items = new List<StoredNewsItem>();
        try
        {
            await foreach (var entity in _items.QueryAsync<NewsItemEntity>(filter, cancellationToken: cancellationToken))
            {
                if (entity.FirstSeenAt >= from && entity.FirstSeenAt < to)
                {
                    items.Add(NewsItemEntityMapping.ToStored(entity));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return items;
    }

    /// <summary>
    /// Every new item of one poll shares the current hour's partition: one transaction per 100 inserts. An insert
    /// conflicts only when another feed, racing on the same story, wrote it first; then its outlet is merged in.
    /// </summary>
    private async Task InsertNewAsync(List<NewsItemEntity> fresh, string outlet, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in fresh.Chunk(100))
        {
            try
            {
                await _items.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                foreach (var entity in chunk)
                {
                    if (!await TryInsertAsync(entity, cancellationToken))
                    {
                        await MergeOutletAsync(entity.PartitionKey, entity.RowKey, outlet, now, cancellationToken);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Adds the outlet to an item claimed earlier. When the item is not written yet, this poll writes it: as a
    /// new item when the claim was this feed's own (an interrupted earlier try), else as the racing feed's duplicate.
    /// </summary>
    private async Task<bool> AddOutletAsync(NewsIndexEntity row, NewsItemCandidate candidate, string outlet, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = NewsItemEntityMapping.ToEntity(candidate, row.Bucket, row.ItemId, outlet, now);
        if (await MergeOutletAsync(row.Bucket, row.ItemId, outlet, now, cancellationToken) is false
            && await TryInsertAsync(entity, cancellationToken))
        {
            return string.Equals(row.ClaimedBy, outlet, StringComparison.OrdinalIgnoreCase);
        }

        // Written meanwhile by the feed that claimed it: merge (a no-op when already there).
        await MergeOutletAsync(row.Bucket, row.ItemId, outlet, now, cancellationToken);
        return false;
    }

    /// <summary>Adds the outlet with optimistic concurrency; false when the item does not exist.</summary>
    private async Task<bool> MergeOutletAsync(string bucket, string itemId, string outlet, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = await _items.GetEntityIfExistsAsync<NewsItemEntity>(bucket, itemId, cancellationToken: cancellationToken);
            if (!found.HasValue || found.Value is not { } item)
            {
                return false;
            }

            var merged = OutletList.Merge(OutletList.Parse(item.Outlets), outlet);
            if (merged is null)
            {
                return true;
            }

            item.Outlets = OutletList.Format(merged);
            item.OutletCount = merged.Count;
            item.LastSeenAt = now;
            try
            {
                await _items.UpdateEntityAsync(item, item.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
            {
                // Another feed added its outlet at the same moment: read again and merge on top.
            }
        }
    }

    private async Task<bool> TryInsertAsync(NewsItemEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _items.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
