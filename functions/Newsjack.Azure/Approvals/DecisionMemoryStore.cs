using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Storage;
using Newsjack.Core.Approvals.Learning;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// Every approve and reject, remembered for scoring (table <c>decisions</c>: PartitionKey brand id, RowKey card id,
/// so one card is remembered once however often its decision is retried). ScoreTopics reads a brand's
/// recent decisions into <see cref="LearnedDamping"/>.
/// </summary>
public sealed class DecisionMemoryStore(TableServiceClient tables, StorageNames names, IOptions<LearningOptions> options)
{
    private readonly TableClient _table = tables.GetTableClient(names.Decisions);

    public async Task RecordAsync(LearnedDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await _table.CreateIfNotExistsAsync(cancellationToken);
        var entity = new TableEntity(decision.BrandId, decision.CardId)
        {
            ["TopicLabel"] = decision.TopicLabel,
            ["Terms"] = string.Join(' ', decision.Terms),
            ["Approved"] = decision.Approved,
            ["Reason"] = decision.Reason,
            ["At"] = decision.At,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<LearnedDecision>> ReadAsync(string brandId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {brandId} and At ge {since}");
        var decisions = new List<LearnedDecision>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                decisions.Add(new LearnedDecision(row.PartitionKey, row.RowKey, row.GetString("TopicLabel") ?? "",
                    (row.GetString("Terms") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    row.GetBoolean("Approved") ?? false, row.GetString("Reason"), row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return decisions;
    }

    /// <summary>What the brand's recent decisions damp now; nothing when learning is off or nothing was decided.</summary>
    public async Task<LearnedDamping> DampingAsync(string brandId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var learning = options.Value;
        if (!learning.Enabled)
        {
            return LearnedDamping.None;
        }

        var decisions = await ReadAsync(brandId, now.AddDays(-learning.LookbackDays), cancellationToken);
        return LearnedDamping.From(decisions, now, learning);
    }
}
