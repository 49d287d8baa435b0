using Azure;
using Azure.Data.Tables;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Stores new posts and their hourly aggregate in ONE table transaction per hour chunk: the post rows are
/// inserted (Add fails with 409 when a post is already stored: that is the cross-batch dedupe) and the
/// source's aggregate row is replaced under its ETag. Either all of it lands or none, so a crash or a
/// replay can never count a post twice.
/// </summary>
public sealed class BuzzPostStore(BuzzTables tables)
{
    /// <summary>99 posts + 1 aggregate row = the 100-action transaction limit.</summary>
    private const int ChunkSize = 99;
    private const int MaxAttempts = 6;

    /// <summary>Stores <paramref name="posts"/>; returns the batch indices of those already stored before.</summary>
    public async Task<IReadOnlySet<int>> StoreAsync(
        IReadOnlyList<AcceptedBuzzPost> posts, string source, IReadOnlyList<BuzzEventOutcome> outcomes,
        DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var duplicates = new HashSet<int>();
        foreach (var hour in posts.GroupBy(p => p.Hour, StringComparer.Ordinal))
        {
            foreach (var chunk in hour.Chunk(ChunkSize))
            {
                await CommitAsync(hour.Key, [.. chunk], source, outcomes, receivedAt, duplicates, cancellationToken);
            }
        }

        return duplicates;
    }

    private async Task CommitAsync(
        string hour, List<AcceptedBuzzPost> chunk, string source, IReadOnlyList<BuzzEventOutcome> outcomes,
        DateTimeOffset receivedAt, HashSet<int> duplicates, CancellationToken cancellationToken)
    {
        for (var attempt = 1; chunk.Count > 0; attempt++)
        {
            var current = await tables.Posts.GetEntityIfExistsAsync<TableEntity>(hour, BuzzRowKeys.Aggregate(source), cancellationToken: cancellationToken);
            var aggregate = BuzzPostEntities.Aggregate(hour, source, current.HasValue ? current.Value : null, BuzzHourlyCounter.Count(chunk));
            var actions = chunk
                .Select(p => new TableTransactionAction(TableTransactionActionType.Add, BuzzPostEntities.Post(p, outcomes[p.Index].TransportKey, receivedAt)))
                .Append(current.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, aggregate, current.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, aggregate));
            try
            {
                await tables.Posts.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // A post already stored (replay, producer retry) or another writer moved the aggregate:
                // drop the stored posts and try again with a fresh aggregate.
                foreach (var stored in await StoredAsync(hour, chunk, cancellationToken))
                {
                    duplicates.Add(stored.Index);
                    chunk.Remove(stored);
                }
            }
        }
    }

    private async Task<IReadOnlyList<AcceptedBuzzPost>> StoredAsync(string hour, List<AcceptedBuzzPost> chunk, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(chunk.Select(async p =>
            (await tables.Posts.GetEntityIfExistsAsync<TableEntity>(hour, BuzzRowKeys.Post(p.ContentKey), ["RowKey"], cancellationToken)).HasValue));
        return [.. chunk.Where((_, i) => found[i])];
    }
}
