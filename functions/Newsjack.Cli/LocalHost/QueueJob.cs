using Newsjack.Azure.Hosting;

namespace Newsjack.Cli.LocalHost;

/// <summary>A queue row of <see cref="PipelineJobs"/> with its handler, as the local host's queue pump runs it.</summary>
public sealed record QueueJob(PipelineJob Definition, IQueueMessageHandler Handler)
{
    /// <summary>The logical queue name (`feed-polls`, `suggestions-poison`).</summary>
    public string Queue => Definition.Queue ?? throw new InvalidOperationException($"job {Definition.Name} has no queue");
}
