using Azure;
using Azure.Data.Tables;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// The id → hour-bucket index (table `newsindex`). A poll claims a new item by adding its `i-{id}` row; a 409 means
/// another poll (another feed carrying the same story) was first, and the existing row says where the item lives.
/// </summary>
internal sealed class NewsItemIndex(TableClient index)
{
    public Task EnsureAsync(CancellationToken cancellationToken) => index.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Where the candidate is already stored, or null after claiming it for <paramref name="bucket"/>.</summary>
    public async Task<NewsIndexEntity?> ClaimAsync(NewsItemCandidate candidate, string outlet, string bucket, CancellationToken cancellationToken)
    {
        var idKey = NewsItemKeys.IdKey(candidate.Item.Id);
        var guidKey = string.IsNullOrWhiteSpace(candidate.EntryGuid) ? null : NewsItemKeys.GuidKey(candidate.EntryGuid, outlet);
        var byId = await FindAsync(idKey, cancellationToken);
        if (byId is not null)
        {
            return byId;
        }

        var byGuid = guidKey is null ? null : await FindAsync(guidKey, cancellationToken);
        if (byGuid is not null)
        {
            // Same story under a new link: remember the link too, so the next poll finds it in one read.
            await TryAddAsync(Row(idKey, byGuid.Bucket, byGuid.ItemId, byGuid.ClaimedBy), cancellationToken);
            return byGuid;
        }

        if (!await TryAddAsync(Row(idKey, bucket, candidate.Item.Id, outlet), cancellationToken))
        {
            return await FindAsync(idKey, cancellationToken) ?? throw new InvalidOperationException($"index row {idKey} vanished after a conflict");
        }

        if (guidKey is not null)
        {
            await TryAddAsync(Row(guidKey, bucket, candidate.Item.Id, outlet), cancellationToken);
        }

        return null;
    }

    public async Task<NewsIndexEntity?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var found = await index.GetEntityIfExistsAsync<NewsIndexEntity>(key, "", cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<bool> TryAddAsync(NewsIndexEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await index.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static NewsIndexEntity Row(string key, string bucket, string itemId, string claimedBy) =>
        new() { PartitionKey = key, RowKey = "", Bucket = bucket, ItemId = itemId, ClaimedBy = claimedBy };
}
