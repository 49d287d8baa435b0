using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Newsjack.Azure;
using Newsjack.Azure.Identity;
using Newsjack.Azure.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers storage clients and the I/O services of Newsjack.Azure.</summary>
public static class NewsjackAzureServiceCollectionExtensions
{
    public static IServiceCollection AddNewsjackAzure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddNewsjackCredential();
        services.AddSingleton(sp => StorageClients.Tables(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TokenCredential>()));
        services.AddSingleton(sp => StorageClients.Queues(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TokenCredential>()));
        services.AddSingleton(sp => StorageClients.Blobs(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TokenCredential>()));
        services.AddSingleton(sp => new StorageNames(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Prefix));
        AzureRegistrations.Add(services, configuration);
        return services;
    }
}
