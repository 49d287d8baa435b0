using Azure;
using Azure.Data.Tables;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// The write side of <see cref="NewsItemStore"/>: inserts that tolerate a racing feed, and outlet merges under
/// optimistic concurrency (entity ETag, re-read on 412).
/// </summary>
internal sealed class NewsItemWrites(TableClient items)
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// Every new item of one poll shares the current hour's partition: one transaction per 100 inserts. An insert
    /// conflicts only when another feed, racing on the same story, wrote it first; then its outlet is merged in.
    /// </summary>
    public async Task InsertNewAsync(List<NewsItemEntity> fresh, string outlet, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in fresh.Chunk(100))
        {
            try
            {
                await items.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
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
    public async Task<bool> AddOutletAsync(NewsIndexEntity row, NewsItemCandidate candidate, string outlet, DateTimeOffset now, CancellationToken cancellationToken)
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
            var found = await items.GetEntityIfExistsAsync<NewsItemEntity>(bucket, itemId, cancellationToken: cancellationToken);
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
                await items.UpdateEntityAsync(item, item.ETag, TableUpdateMode.Replace, cancellationToken);
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
            await items.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
