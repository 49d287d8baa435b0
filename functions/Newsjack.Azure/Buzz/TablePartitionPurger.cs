using Azure;
using Azure.Data.Tables;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Deletes the rows of one partition (optionally only a row-key range) in 100-row transactions. Table storage
/// has no "drop partition", so this is the cheapest bulk delete: one query page plus one request per 100 rows.
/// </summary>
internal static class TablePartitionPurger
{
    public static async Task<int> PurgeAsync(TableClient table, string partitionKey, string? rowPrefix, CancellationToken cancellationToken)
    {
        var filter = rowPrefix is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {rowPrefix} and RowKey lt {rowPrefix + '\uffff'}");
        var deleted = 0;
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
        }

        foreach (var chunk in keys.Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, k), ETag.All)),
                cancellationToken);
            deleted += chunk.Length;
        }

        return deleted;
    }
}
