using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// Per-feed state and health (table `feedhealth`). Updates are read-modify-write with the entity's ETag, retried
/// on conflict, because the scheduler and a poll may touch the same feed at once.
/// </summary>
public sealed class FeedStateStore(TableServiceClient tables, StorageNames names)
{
    private const int MaxAttempts = 10;
    private readonly TableClient _table = tables.GetTableClient(names.FeedHealth);

    public async Task EnsureAsync(CancellationToken cancellationToken) => await _table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<FeedStateEntity?> GetAsync(string feed, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<FeedStateEntity>(FeedStateEntity.Partition, feed, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Every feed's state; empty when nothing was ever polled (no table yet).</summary>
    public async Task<IReadOnlyList<FeedStateEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FeedStateEntity.Partition}");
        var states = new List<FeedStateEntity>();
        try
        {
            await foreach (var state in _table.QueryAsync<FeedStateEntity>(filter, cancellationToken: cancellationToken))
            {
                states.Add(state);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return states;
    }

    /// <summary>Stamps `LastScheduledAt` on several feeds in one transaction per 100 (they share a partition).</summary>
    public async Task MarkScheduledAsync(IReadOnlyList<string> feeds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var chunk in feeds.Chunk(100))
        {
            var actions = chunk.Select(feed => new TableTransactionAction(TableTransactionActionType.UpsertMerge,
                new TableEntity(FeedStateEntity.Partition, feed) { [nameof(FeedStateEntity.LastScheduledAt)] = at }));
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    /// <summary>Applies <paramref name="update"/> to the feed's current state and saves it, retrying on a concurrent change.</summary>
    public async Task<FeedStateEntity> UpdateAsync(string feed, Action<FeedStateEntity> update, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var state = await GetAsync(feed, cancellationToken);
            var isNew = state is null;
            state ??= new FeedStateEntity { RowKey = feed };
            update(state);
            try
            {
                if (isNew)
                {
                    await _table.AddEntityAsync(state, cancellationToken);
                }
                else
                {
                    await _table.UpdateEntityAsync(state, state.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return state;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone else changed the feed's row between our read and write: read again.
            }
        }
    }

    public static FeedHealth ToHealth(FeedStateEntity state) => new()
    {
        Feed = state.RowKey,
        LastPollAt = state.LastPollAt,
        LastSuccessAt = state.LastSuccessAt,
        LastErrorAt = state.LastErrorAt,
        LastError = state.LastError,
        ConsecutiveFailures = state.ConsecutiveFailures,
        ItemsSeen = state.ItemsSeen,
        LastOutcome = state.LastOutcome,
    };
}
