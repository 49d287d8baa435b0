using System.Buffers.Binary;
using Azure;
using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Table `teamsbudget`: one row per webhook (RowKey = the setting's name, never the URL) holding the times of its
/// posts in the last day. A reservation reads the row, asks <see cref="PostBudget"/> and writes back under the ETag,
/// so every host shares one budget and one pace per webhook; a lost race reads again.
/// </summary>
public sealed class WebhookBudgetStore(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    private const string Partition = "webhook";
    private const int MaxRaces = 20;

    // A wait this short (pacing) is slept here; longer ones hold the card and free the queue worker.
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(5);

    private readonly TableClient _table = tables.GetTableClient(names.TeamsBudget);

    public async Task EnsureAsync(CancellationToken cancellationToken) => await _table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Reserves one post for the webhook now (after a short pacing wait if needed), or says until when it is held.</summary>
    public async Task<PostBudgetDecision> ReserveAsync(string webhookSetting, PostBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        for (var race = 0; race < MaxRaces; race++)
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, webhookSetting, cancellationToken: cancellationToken);
            var sent = row.HasValue ? Decode(row.Value!.GetBinary("Sent")) : [];
            var now = time.GetUtcNow();
            var decision = budget.Reserve(sent, now);
            if (!decision.Allowed)
            {
                if (decision.NotBefore - now > MaxInlineWait)
                {
                    return decision;
                }

                await Task.Delay(decision.NotBefore - now, time, cancellationToken);
                continue;
            }

            var entity = new TableEntity(Partition, webhookSetting) { ["Sent"] = Encode(decision.Sent), ["Count"] = decision.Sent.Count };
            try
            {
                if (row.HasValue)
                {
                    await _table.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                }

                return decision;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another host reserved first: read its post and decide again.
            }
        }

        throw new InvalidOperationException($"could not reserve a post for {webhookSetting}: {MaxRaces} write races in a row");
    }

    private static byte[] Encode(IReadOnlyList<DateTimeOffset> sent)
    {
        var bytes = new byte[sent.Count * 8];
        for (var i = 0; i < sent.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), sent[i].ToUnixTimeMilliseconds());
        }

        return bytes;
    }

    private static List<DateTimeOffset> Decode(byte[]? bytes)
    {
        var sent = new List<DateTimeOffset>((bytes?.Length ?? 0) / 8);
        for (var i = 0; bytes is not null && i + 8 <= bytes.Length; i += 8)
        {
            sent.Add(DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i))));
        }

        return sent;
    }
}
