using Newsjack.Azure.Hosting;

namespace Newsjack.Cli.LocalHost;

/// <summary>A timer row of <see cref="PipelineJobs"/> with its handler, as the local host runs it.</summary>
public sealed record TimerJob(PipelineJob Definition, IScheduledJob Job)
{
    public string Name => Definition.Name;
}
