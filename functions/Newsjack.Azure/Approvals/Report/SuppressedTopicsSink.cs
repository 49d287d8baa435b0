using Azure.Data.Tables;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Storage;
using Newsjack.Core.Approvals.Report;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Azure.Approvals.Report;

/// <summary>
/// Keeps what the report needs from each ScoreTopics run (table <c>scored</c>, PartitionKey brand id, RowKey topic
/// id, upserted so a topic scored in many runs is one row): every topic scored for the brand with when it was last
/// scored (the brand's "topics seen"), and for each relevant one its label, decision, risk tier and main reasons.
/// An irrelevant (ignored) topic's row is merged with its label and time only, so a topic that was relevant earlier
/// in the period keeps what it was decided then.
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
        if (scores.Scores.Count == 0)
        {
            return;
        }

        await _table.CreateIfNotExistsAsync(cancellationToken);
        foreach (var chunk in scores.Scores.DistinctBy(s => s.Subject.Id, StringComparer.Ordinal).Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk.Select(s => Row(scores.Brand.Id, s, now)), cancellationToken);
        }
    }

    private static TableTransactionAction Row(string brandId, TopicScore score, DateTimeOffset now)
    {
        var row = new TableEntity(brandId, score.Subject.Id) { ["Label"] = Cut(score.Subject.Label, 300), ["At"] = now };
        if (score.Decision == Decision.Ignore)
        {
            return new TableTransactionAction(TableTransactionActionType.UpsertMerge, row);
        }

        row["Decision"] = score.Decision.ToId();
        row["Tier"] = score.Risk.Tier.ToId();
        row["Reasons"] = string.Join('\n', score.Reasons.Take(MaxReasons).Select(r => Cut(r, 400)));
        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
    }

    /// <summary>
    /// The topics scored for the brand since <paramref name="since"/> (decision <c>ignore</c> for one never relevant);
    /// empty when none was ever stored.
    /// </summary>
    public async Task<IReadOnlyList<ScoredTopicRow>> ReadAsync(string brandId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {brandId} and At ge {since}");
        var rows = new List<ScoredTopicRow>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(new ScoredTopicRow(row.RowKey, row.GetString("Label") ?? "", row.GetString("Decision") ?? Decision.Ignore.ToId(), row.GetString("Tier") ?? "",
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
