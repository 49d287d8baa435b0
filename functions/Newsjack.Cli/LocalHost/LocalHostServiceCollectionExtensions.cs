using Newsjack.Cli.LocalHost;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what stands in for the Functions host locally: timers, queue pumps and their activity record.</summary>
public static class LocalHostServiceCollectionExtensions
{
    public static IServiceCollection AddNewsjackLocalHost(this IServiceCollection services)
    {
        services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalHostActivity>();
        services.AddSingleton<DevTeamsInbox>();
        services.AddHostedService<TimerJobService>();
        services.AddHostedService<QueuePumpService>();
        return services;
    }
}
