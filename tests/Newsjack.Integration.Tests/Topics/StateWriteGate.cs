using Azure.Core;
using Azure.Core.Pipeline;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>
/// Holds the first upload of a topic state blob (a PUT of a `topics-…` blob) made through the client it is added to
/// until <see cref="Release"/>: a `DetectTopics` run stopped mid-way, after its pass and before its state is written.
/// </summary>
internal sealed class StateWriteGate : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a run reaches its first state write (and is held there).</summary>
    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method == RequestMethod.Put && message.Request.Uri.Path.Contains("/topics-", StringComparison.Ordinal)
            && _reached.TrySetResult())
        {
            await _released.Task;
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
}
