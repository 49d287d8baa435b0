using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>
/// Plays a second instance: just before this client's first upload of <paramref name="blobName"/>, another client
/// writes that blob (an empty clusterer state), so the upload's ETag condition no longer holds.
/// </summary>
internal sealed class InterferingWriter(BlobContainerClient other, string blobName) : HttpPipelinePolicy
{
    private int _writes;

    public int Writes => _writes;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method == RequestMethod.Put && message.Request.Uri.Path.EndsWith("/" + blobName, StringComparison.Ordinal)
            && Interlocked.Increment(ref _writes) == 1)
        {
            await other.GetBlobClient(blobName).UploadAsync(BinaryData.FromString("{}"), overwrite: true);
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
}
