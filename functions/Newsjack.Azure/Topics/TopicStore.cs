using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Topics;

/// <summary>
/// Table `topics`: one row per topic in the partition of the UTC day of its last activity (see <see cref="TopicRows"/>),
/// so "recent topics" is one PartitionKey range query. A topic active on a new day moves: written there, deleted from
/// the old day. A row already holding the same content is not written again.
/// The rows of the look-back days are held between saves of one host, with their ETags: a save lists only keys and
/// ETags and reads in full just the rows another writer added or changed meanwhile, and drops those it deleted, so a
/// minute's run reads what changed, not seven days of rows. A new host, or a save that failed, reads them all once.
/// </summary>
public sealed class TopicStore(TableServiceClient tables, StorageNames names) : IDisposable
{
    private const int BatchSize = 100;
    // Changed rows are read one by one up to this many; past it one query over the days is cheaper.
    private const int PointReadsAtMost = 50;
    private static readonly string[] KeyColumns = ["PartitionKey", "RowKey"];
    private readonly TableClient _table = tables.GetTableClient(names.Topics);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string Day, string Id), TableEntity> _held = [];
    private string? _heldFromDay;

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
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (rows, read) = await ExistingAsync(lookBackFrom, cancellationToken);
            var counts = await WriteChangesAsync(topics, rows.ToLookup(r => r.RowKey, StringComparer.Ordinal), activeSince, maxItemIds, cancellationToken);
            return counts with { Read = read };
        }
        catch
        {
            // Writes or deletes may have been half applied: what is held is no longer known to be what is stored.
            Forget();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes rows of days before <paramref name="before"/>'s day (retention).</summary>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {TopicRows.DayOf(before)}");
        var old = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: KeyColumns, cancellationToken: cancellationToken))
        {
            old.Add(row);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await DeleteAsync(old, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        return old.Count;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<TopicWriteCounts> WriteChangesAsync(IReadOnlyList<Topic> topics, ILookup<string, TableEntity> existing, DateTimeOffset activeSince, int maxItemIds, CancellationToken cancellationToken)
    {
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
            var responses = (await _table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken)).Value;
            for (var i = 0; i < batch.Length; i++)
            {
                Hold(batch[i], i < responses.Count ? responses[i].Headers.ETag : null);
            }
        }

        await DeleteAsync(stale.Concat(retired), cancellationToken);
        return new TopicWriteCounts(writes.Count, unchanged, stale.Count, retired.Count);
    }

    /// <summary>The rows of the days from <paramref name="lookBackFrom"/>'s, and how many of them were read in full.</summary>
    private async Task<(List<TableEntity> Rows, int Read)> ExistingAsync(DateTimeOffset lookBackFrom, CancellationToken cancellationToken)
    {
        var day = TopicRows.DayOf(lookBackFrom);
        if (_heldFromDay is null || string.CompareOrdinal(day, _heldFromDay) < 0)
        {
            return await ReadAllAsync(lookBackFrom, cancellationToken);
        }

        foreach (var key in _held.Keys.Where(k => string.CompareOrdinal(k.Day, day) < 0).ToList())
        {
            _held.Remove(key);
        }

        var listed = new HashSet<(string, string)>();
        var changed = new List<(string Day, string Id)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {day}");
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: KeyColumns, cancellationToken: cancellationToken))
            {
                var key = (row.PartitionKey, row.RowKey);
                listed.Add(key);
                if (!_held.TryGetValue(key, out var held) || held.ETag != row.ETag)
                {
                    changed.Add(key);
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: no topics were stored.
        }

        // Deleted by another writer (a host that moved or retired them first).
        foreach (var key in _held.Keys.Where(k => !listed.Contains(k)).ToList())
        {
            _held.Remove(key);
        }

        if (changed.Count > PointReadsAtMost)
        {
            return await ReadAllAsync(lookBackFrom, cancellationToken);
        }

        foreach (var (rowDay, id) in changed)
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(rowDay, id, cancellationToken: cancellationToken);
            if (row.HasValue && row.Value is { } entity)
            {
                _held[(rowDay, id)] = entity;
            }
        }

        _heldFromDay = day;
        return ([.. _held.Values], changed.Count);
    }

    private async Task<(List<TableEntity> Rows, int Read)> ReadAllAsync(DateTimeOffset lookBackFrom, CancellationToken cancellationToken)
    {
        var rows = await ReadFromDayAsync(lookBackFrom, cancellationToken);
        _held.Clear();
        foreach (var row in rows)
        {
            _held[(row.PartitionKey, row.RowKey)] = row;
        }

        _heldFromDay = TopicRows.DayOf(lookBackFrom);
        return (rows, rows.Count);
    }

    // A row written without an ETag in its answer is not held: the next save reads it back.
    private void Hold(TableEntity written, ETag? etag)
    {
        if (etag is { } known)
        {
            written.ETag = known;
            _held[(written.PartitionKey, written.RowKey)] = written;
        }
        else
        {
            _held.Remove((written.PartitionKey, written.RowKey));
        }
    }

    private void Forget()
    {
        _held.Clear();
        _heldFromDay = null;
    }

    private async Task DeleteAsync(IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            // Deleting an already deleted row is fine: another run got there first.
            await _table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            _held.Remove((row.PartitionKey, row.RowKey));
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
