using Newsjack.Core;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the pure pipeline services of Newsjack.Core.</summary>
public static class NewsjackCoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsjackCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(TimeProvider.System);
        CoreRegistrations.Add(services);
        return services;
    }
}
