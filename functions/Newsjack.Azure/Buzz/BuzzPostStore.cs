using Azure;
using Azure.Data.Tables;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Stores new posts and their hourly counts in ONE table transaction per hour chunk: the post rows are
/// inserted (Add fails with 409 when a post is already stored: that is the cross-batch dedupe) together with
/// the chunk's own aggregate row, keyed by its first post. No row is shared between writers, so concurrent
/// clients and Event Hub partitions never race on an ETag (readers sum the rows of an hour); and the
/// aggregate key is new exactly when that post is, so a crash or a replay can never count a post twice.
/// </summary>
public sealed class BuzzPostStore(BuzzTables tables)
{
    /// <summary>99 posts + 1 aggregate row = the 100-action transaction limit.</summary>
    private const int ChunkSize = 99;

    /// <summary>Each retry drops at least one stored post; more rounds only happen when writers race on the same posts.</summary>
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
            var aggregate = BuzzPostEntities.Aggregate(hour, source, chunk[0].ContentKey, BuzzHourlyCounter.Count(chunk));
            var actions = chunk
                .Select(p => new TableTransactionAction(TableTransactionActionType.Add, BuzzPostEntities.Post(p, outcomes[p.Index].TransportKey, receivedAt)))
                .Append(new TableTransactionAction(TableTransactionActionType.Add, aggregate));
            try
            {
                await tables.Posts.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && attempt < MaxAttempts)
            {
                // Posts already stored (replay, producer retry, or another writer with the same posts):
                // drop them and commit the rest.
                var stored = await StoredAsync(hour, chunk, cancellationToken);
                if (stored.Count == 0 && ex is TableTransactionFailedException { FailedTransactionActionIndex: int failed } && failed < chunk.Count)
                {
                    stored = [chunk[failed]];
                }

                foreach (var post in stored)
                {
                    duplicates.Add(post.Index);
                    chunk.Remove(post);
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
