using Azure.Data.Tables;
using Newsjack.Azure.Storage;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// The two buzz tables: `buzzposts` (posts and hourly aggregates, partition = UTC hour `yyyyMMddHH`) and
/// `buzzdeadletters` (invalid events, partition = UTC day `yyyyMMdd`). Created on first use.
/// </summary>
public sealed class BuzzTables(TableServiceClient service, StorageNames names)
{
    private volatile bool _created;

    public TableClient Posts { get; } = service.GetTableClient(names.BuzzPosts);

    public TableClient DeadLetters { get; } = service.GetTableClient(names.BuzzDeadLetters);

    /// <summary>Creates both tables once per process; concurrent first calls are harmless (create-if-not-exists).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await Posts.CreateIfNotExistsAsync(cancellationToken);
        await DeadLetters.CreateIfNotExistsAsync(cancellationToken);
        _created = true;
    }

    /// <summary>The tables went away under a running host (deleted, or an in-memory Azurite restarted): create them on next use.</summary>
    public void Forget() => _created = false;
}
