using Azure.Data.Tables;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Storage;
using Newsjack.Core.Approvals.Report;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Azure.Approvals.Report;

/// <summary>
/// Keeps what the report needs from each ScoreTopics run (table <c>scored</c>, PartitionKey brand id, RowKey topic
/// id, upserted so a topic scored in many runs is one row): every relevant topic's label, decision, risk tier, main
/// reasons and when it was last scored. Irrelevant (ignored) topics are counted, not kept.
/// </summary>
public sealed class SuppressedTopicsSink(TableServiceClient tables, StorageNames names) : IScoredTopicsSink
{
    private const int MaxReasons = 3;
    private readonly TableClient _table = tables.GetTableClient(names.ScoredTopics);

    public async Task AcceptAsync(BrandScores scores, ScoredTopicsContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        var kept = scores.Scores.Where(s => s.Decision != Decision.Ignore).ToList();
        if (kept.Count == 0)
        {
            return;
        }

        await _table.CreateIfNotExistsAsync(cancellationToken);
        foreach (var chunk in kept.Chunk(100))
        {
            var actions = chunk.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(scores.Brand.Id, s.Subject.Id)
            {
                ["Label"] = Cut(s.Subject.Label, 300),
                ["Decision"] = s.Decision.ToId(),
                ["Tier"] = s.Risk.Tier.ToId(),
                ["Reasons"] = string.Join('\n', s.Reasons.Take(MaxReasons).Select(r => Cut(r, 400))),
                ["At"] = now,
            }));
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    /// <summary>The brand's scored topics since <paramref name="since"/>; empty when none was ever stored.</summary>
    public async Task<IReadOnlyList<ScoredTopicRow>> ReadAsync(string brandId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {brandId} and At ge {since}");
        var rows = new List<ScoredTopicRow>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(new ScoredTopicRow(row.RowKey, row.GetString("Label") ?? "", row.GetString("Decision") ?? "", row.GetString("Tier") ?? "",
                    (row.GetString("Reasons") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries), row.GetDateTimeOffset("At") ?? since));
            }
        }
        catch (global::Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return rows;
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] + "…" : text;
}
