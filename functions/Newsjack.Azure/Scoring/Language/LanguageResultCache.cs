using System.Text.Json;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>
/// Analysis results by content hash in table <c>languagecache</c> (PK = first two hex digits, RK = the hash), one
/// row per text, language, kind and model, so a text is billed once even across restarts and instances.
/// </summary>
public sealed class LanguageResultCache(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    private readonly TableClient _table = tables.GetTableClient(names.LanguageCache);
    private Task? _created;

    public async Task<TextAnalysisResult?> GetAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(hash.PartitionKey, hash.Value, ["Result"], cancellationToken);
        return row.HasValue && row.Value!.GetString("Result") is { } json
            ? JsonSerializer.Deserialize(json, NewsjackJsonContext.Default.TextAnalysisResult)
            : null;
    }

    public async Task SetAsync(ContentHash hash, AnalysisKinds kind, TextAnalysisResult result, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var entity = new TableEntity(hash.PartitionKey, hash.Value)
        {
            ["Kind"] = kind.ToString(),
            ["Result"] = JsonSerializer.Serialize(result, NewsjackJsonContext.Default.TextAnalysisResult),
            ["CreatedAt"] = time.GetUtcNow(),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    // Created once per instance; a failed attempt is retried on the next call.
    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        var created = _created ??= _table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            await created;
        }
        catch
        {
            _created = null;
            throw;
        }
    }
}
