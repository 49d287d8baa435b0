using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Approvals;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// The append-only audit (table <c>audit</c>), one partition per brand, rows in time order. It only ever inserts
/// (a collision is a new row, never an overwrite) and offers no update or delete, so nothing on record changes.
/// Long fields are cut so one entry always fits a table row.
/// </summary>
public sealed class AuditStore(TableServiceClient tables, StorageNames names)
{
    private const int MaxUserAgent = 512;
    private const int MaxDetail = 16_000;
    private const string TimeFormat = "yyyyMMddHHmmssfffffff";
    private readonly TableClient _table = tables.GetTableClient(names.Audit);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _table.CreateIfNotExistsAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _table.AddEntityAsync(ToEntity(entry), cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && attempt < 3)
            {
                // Same tick and same random suffix: take another suffix, never overwrite.
            }
        }
    }

    /// <summary>A brand's entries, oldest first, optionally from <paramref name="since"/> on; empty when nothing was ever recorded.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string brand, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(brand);
        var from = since is { } s ? TimeKey(s) : "";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {brand} and RowKey ge {from}");
        var entries = new List<AuditEntry>();
        try
        {
            await foreach (var row in _table.QueryAsync<AuditEntity>(filter, cancellationToken: cancellationToken))
            {
                entries.Add(ToEntry(row));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return entries;
    }

    private static AuditEntity ToEntity(AuditEntry entry) => new()
    {
        PartitionKey = entry.Brand,
        RowKey = $"{TimeKey(entry.At)}-{Guid.NewGuid():N}"[..34],
        CardId = entry.CardId,
        Action = JsonSerializer.Serialize(entry.Action, NewsjackJsonContext.Default.AuditAction).Trim('"'),
        Actor = entry.Actor,
        At = entry.At,
        ClientAddress = entry.ClientAddress,
        UserAgent = Cut(entry.UserAgent, MaxUserAgent),
        CardHash = entry.CardHash,
        Detail = Cut(entry.Detail, MaxDetail),
    };

    private static AuditEntry ToEntry(AuditEntity row) => new()
    {
        Brand = row.PartitionKey,
        CardId = row.CardId,
        Action = JsonSerializer.Deserialize($"\"{row.Action}\"", NewsjackJsonContext.Default.AuditAction),
        Actor = row.Actor,
        At = row.At,
        ClientAddress = row.ClientAddress,
        UserAgent = row.UserAgent,
        CardHash = row.CardHash,
        Detail = row.Detail,
    };

    private static string TimeKey(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string? Cut(string? text, int max) => text is { Length: > 0 } t && t.Length > max ? t[..max] + "…" : text;
}
