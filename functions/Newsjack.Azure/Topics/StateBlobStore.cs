using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Newsjack.Azure.Storage;

namespace Newsjack.Azure.Topics;

/// <summary>
/// Pipeline state blobs (container `state`, one blob per state). Writes are conditional: on the ETag read, or
/// "must not exist yet" for a first write, so two instances never overwrite each other silently.
/// </summary>
public sealed class StateBlobStore(BlobServiceClient blobs, StorageNames names)
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(names.State);
    private volatile bool _created;

    /// <summary>The blob, or null when it was never written.</summary>
    public async Task<StateBlob?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        try
        {
            var result = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            var details = result.Value.Details;
            return new StateBlob(result.Value.Content, new Dictionary<string, string>(details.Metadata, StringComparer.OrdinalIgnoreCase), details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Names of the blobs starting with <paramref name="prefix"/>, in name order.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        [.. (await VersionsAsync(prefix, cancellationToken)).Keys];

    /// <summary>The ETag of each blob starting with <paramref name="prefix"/>, by name (one list call, no content read).</summary>
    public async Task<IReadOnlyDictionary<string, ETag>> VersionsAsync(string prefix, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var versions = new SortedDictionary<string, ETag>(StringComparer.Ordinal);
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            versions[item.Name] = item.Properties.ETag ?? default;
        }

        return versions;
    }

    /// <summary>Writes when the blob still has <paramref name="expected"/> (null: when it does not exist); returns the new ETag.</summary>
    /// <exception cref="StateConflictException">Someone else wrote the blob first.</exception>
    public async Task<ETag> WriteAsync(string name, BinaryData content, IDictionary<string, string> metadata, ETag? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await EnsureAsync(cancellationToken);
        var conditions = expected is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            var options = new BlobUploadOptions { Conditions = conditions, Metadata = metadata };
            var result = await _container.GetBlobClient(name).UploadAsync(content, options, cancellationToken);
            return result.Value.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new StateConflictException($"State blob '{_container.Name}/{name}' was changed by another writer since it was read (HTTP {ex.Status}); not overwritten.", ex);
        }
    }

    private async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
    }
}
