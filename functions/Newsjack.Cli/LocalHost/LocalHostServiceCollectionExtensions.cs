using Newsjack.Azure.Hosting;
using Newsjack.Cli.LocalHost;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers what stands in for the Functions host locally: a timer per timer row of <see cref="PipelineJobs"/>, a
/// queue pump per queue row (each resolving the row's handler), and their activity record.
/// </summary>
public static class LocalHostServiceCollectionExtensions
{
    public static IServiceCollection AddNewsjackLocalHost(this IServiceCollection services)
    {
        services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalHostActivity>();
        services.AddSingleton<TimerJobRuns>();
        services.AddSingleton<DevTeamsInbox>();
        foreach (var job in PipelineJobs.Of(JobTrigger.Timer))
        {
            services.AddSingleton(sp => new TimerJob(job, (IScheduledJob)sp.GetRequiredService(job.Handler)));
        }

        foreach (var job in PipelineJobs.Of(JobTrigger.Queue))
        {
            services.AddSingleton(sp => new QueueJob(job, (IQueueMessageHandler)sp.GetRequiredService(job.Handler)));
        }

        services.AddHostedService<TimerJobService>();
        services.AddHostedService<QueuePumpService>();
        return services;
    }
}
