using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Cards;

namespace Newsjack.Azure.Cards;

/// <summary>
/// The `cards` table (see <see cref="CardRows"/>). Writes are guarded: <see cref="AddAsync"/> inserts only (a second
/// writer of the same derived card id gets false), <see cref="TryUpdateAsync"/> replaces only under the ETag it read
/// (a writer that lost the race gets null), so every state transition happens once.
/// </summary>
public sealed class CardStore(TableServiceClient tables, StorageNames names)
{
    private readonly TableClient _table = tables.GetTableClient(names.Cards);

    public async Task EnsureAsync(CancellationToken cancellationToken) => await _table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Inserts a new card; false when a card with this id already exists (nothing is changed).</summary>
    public async Task<bool> AddAsync(SuggestionCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        try
        {
            await _table.AddEntityAsync(CardRows.ToEntity(card), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<SuggestionCard?> GetAsync(string cardId, CancellationToken cancellationToken)
    {
        try
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(cardId, CardRows.RowKey, cancellationToken: cancellationToken);
            return row.HasValue ? CardRows.ToCard(row.Value!) : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes the changed card under the ETag it was read with; null when someone else changed it first.</summary>
    public async Task<SuggestionCard?> TryUpdateAsync(SuggestionCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        try
        {
            var response = await _table.UpdateEntityAsync(CardRows.ToEntity(card), CardRows.ETagOf(card), TableUpdateMode.Replace, cancellationToken);
            return card with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>The brand's cards created since <paramref name="since"/>, oldest first: the alert-fatigue history and the follow-up check.</summary>
    public async Task<IReadOnlyList<SuggestionCard>> RecentAsync(string brandId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CardRows.RowKey} and BrandId eq {brandId} and CreatedAt ge {since}");
        var cards = new List<SuggestionCard>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                cards.Add(CardRows.ToCard(row));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: no card was ever written.
        }

        return [.. cards.OrderBy(c => c.CreatedAt)];
    }
}
