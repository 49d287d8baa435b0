using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Topics;

/// <summary>
/// Table `topics`: one row per topic in the partition of the UTC day of its last activity (see <see cref="TopicRows"/>),
/// so "recent topics" is one PartitionKey range query. A topic active on a new day moves: written there, deleted from
/// the old day. A row already holding the same content is not written again.
/// </summary>
public sealed class TopicStore(TableServiceClient tables, StorageNames names)
{
    private const int BatchSize = 100;
    private readonly TableClient _table = tables.GetTableClient(names.Topics);

    public async Task EnsureAsync(CancellationToken cancellationToken) => await _table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Topics active since <paramref name="since"/>, most significant first; empty when nothing was stored yet.</summary>
    public async Task<IReadOnlyList<Topic>> ReadRecentAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await ReadFromDayAsync(since, cancellationToken);
        return [.. rows.Select(TopicRows.ToTopic)
            .Where(t => t.LastSeen >= since)
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(t => t.LastSeen)!)
            .OrderByDescending(t => t.Momentum?.Significance ?? 0)
            .ThenByDescending(t => t.Momentum?.Volume ?? 0)
            .ThenBy(t => t.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Writes new and changed topics; rows of the same topics in other day partitions since <paramref name="lookBackFrom"/>
    /// are removed, and so are rows active since <paramref name="activeSince"/> that are no longer a topic (a hashtag
    /// topic whose posts now belong to a story): <paramref name="topics"/> holds every topic active since then.
    /// </summary>
    public async Task<TopicWriteCounts> SaveAsync(IReadOnlyList<Topic> topics, DateTimeOffset lookBackFrom, DateTimeOffset activeSince, int maxItemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var existing = (await ReadFromDayAsync(lookBackFrom, cancellationToken)).ToLookup(r => r.RowKey, StringComparer.Ordinal);
        var writes = new List<TableEntity>();
        var stale = new List<TableEntity>();
        var unchanged = 0;
        // One row per id: a repeated key would fail the whole transaction (first one wins, as topics come ranked).
        foreach (var entity in topics.DistinctBy(t => t.Id, StringComparer.Ordinal).Select(t => TopicRows.ToEntity(t, maxItemIds)))
        {
            var rows = existing[entity.RowKey].ToList();
            if (rows.Any(r => TopicRows.SameContent(r, entity)))
            {
                unchanged++;
            }
            else
            {
                writes.Add(entity);
            }

            stale.AddRange(rows.Where(r => r.PartitionKey != entity.PartitionKey));
        }

        var ids = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var retired = existing.Where(g => !ids.Contains(g.Key)).SelectMany(g => g)
            .Where(r => r.GetDateTimeOffset("LastSeen") >= activeSince).ToList();
        foreach (var batch in writes.GroupBy(e => e.PartitionKey).SelectMany(g => g.Chunk(BatchSize)))
        {
            await _table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }

        await DeleteAsync(stale.Concat(retired), cancellationToken);
        return new TopicWriteCounts(writes.Count, unchanged, stale.Count, retired.Count);
    }

    /// <summary>Deletes rows of days before <paramref name="before"/>'s day (retention).</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {TopicRows.DayOf(before)}");
        var old = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            old.Add(row);
        }

        await DeleteAsync(old, cancellationToken);
        return old.Count;
    }

    private async Task DeleteAsync(IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            // Deleting an already deleted row is fine: another run got there first.
            await _table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    private async Task<List<TableEntity>> ReadFromDayAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {TopicRows.DayOf(since)}");
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: no topics were stored.
        }

        return rows;
    }
}
