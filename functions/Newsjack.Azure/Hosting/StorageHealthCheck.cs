using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Hosting;

/// <summary>
/// Probes Tables, Queues and Blobs with one cheap list call each, in parallel and bounded by
/// <see cref="Timeout"/>, so a health endpoint answers quickly even while the SDK would still be retrying.
/// </summary>
public sealed partial class StorageHealthCheck(
    TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, ILogger<StorageHealthCheck> logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<StorageHealth> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var token = timeout.Token;
        var tablesUp = ProbeAsync("tables", async () => await tables.QueryAsync(maxPerPage: 1, cancellationToken: token).AsPages().FirstOrDefaultAsync(token), cancellationToken);
        var queuesUp = ProbeAsync("queues", async () => await queues.GetQueuesAsync(cancellationToken: token).AsPages(pageSizeHint: 1).FirstOrDefaultAsync(token), cancellationToken);
        var blobsUp = ProbeAsync("blobs", async () => await blobs.GetBlobContainersAsync(cancellationToken: token).AsPages(pageSizeHint: 1).FirstOrDefaultAsync(token), cancellationToken);
        return new StorageHealth(await tablesUp, await queuesUp, await blobsUp);
    }

    private async Task<bool> ProbeAsync(string service, Func<Task> probe, CancellationToken cancellationToken)
    {
        try
        {
            await probe();
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure (refused connection, auth, timeout) means "not usable"; the caller reports which service.
            LogUnreachable(logger, service, ex);
            return false;
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Storage {Service} unreachable")]
    private static partial void LogUnreachable(ILogger logger, string service, Exception exception);
}
