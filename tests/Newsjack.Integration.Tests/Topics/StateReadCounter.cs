using Azure.Core;
using Azure.Core.Pipeline;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>Counts downloads of the topic state blobs (GETs of a `topics-…` blob) made through the client it is added to.</summary>
internal sealed class StateReadCounter : HttpPipelinePolicy
{
    private int _downloads;

    public int Downloads => _downloads;

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.Contains("/topics-", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _downloads);
        }
    }
}
