using Azure.Data.Tables;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Keeps every rejected event for 14 days, with what is needed to find and replay it: body (first
/// <see cref="StoredBodyChars"/> characters), reason, partition, sequence, offset, enqueued and received time.
/// Keys are deterministic (transport key, or the body hash for HTTP) and written by upsert, so a redelivered
/// batch overwrites its own rows instead of adding new ones.
/// </summary>
public sealed class BuzzDeadLetterStore(BuzzTables tables)
{
    public const int StoredBodyChars = 8000;

    public async Task WriteAsync(BuzzBatch batch, IEnumerable<BuzzEventOutcome> rejected, bool fromHttp, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var rows = rejected.Select(e => Row(batch, e, fromHttp, receivedAt))
            .DistinctBy(r => (r.PartitionKey, r.RowKey));
        foreach (var day in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in day.Chunk(100))
            {
                await tables.DeadLetters.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
            }
        }
    }

    private static TableEntity Row(BuzzBatch batch, BuzzEventOutcome outcome, bool fromHttp, DateTimeOffset receivedAt)
    {
        var i = outcome.Index;
        var body = batch.Events[i] ?? string.Empty;
        var sequence = i < batch.SequenceNumbers.Count ? batch.SequenceNumbers[i] : i;
        DateTimeOffset? enqueued = i < batch.EnqueuedTimesUtc.Count ? new DateTimeOffset(DateTime.SpecifyKind(batch.EnqueuedTimesUtc[i], DateTimeKind.Utc)) : null;
        var row = new TableEntity(
            BuzzKeys.Day(fromHttp ? receivedAt : enqueued ?? receivedAt),
            fromHttp ? BuzzRowKeys.HttpDeadLetter(body) : BuzzRowKeys.DeadLetter(batch.PartitionId, sequence))
        {
            ["Body"] = body.Length > StoredBodyChars ? body[..StoredBodyChars] : body,
            ["BodyLength"] = body.Length,
            ["Reason"] = outcome.Reason,
            ["PartitionId"] = batch.PartitionId,
            ["SequenceNumber"] = fromHttp ? null : sequence,
            ["Line"] = fromHttp ? (int)sequence : null,
            ["Offset"] = batch.Offsets is { } offsets && i < offsets.Count ? offsets[i] : null,
            ["EnqueuedTimeUtc"] = fromHttp ? null : enqueued,
            ["ReceivedAt"] = receivedAt,
        };
        return row;
    }
}
