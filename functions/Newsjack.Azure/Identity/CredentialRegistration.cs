using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsjack.Azure.Identity;

/// <summary>
/// The app's one Azure identity, for every client that has no key or connection string (storage by account name,
/// Azure AI Language, Azure OpenAI): the managed identity in Azure (AZURE_CLIENT_ID), a developer sign-in locally.
/// It asks for no token until a client needs one.
/// </summary>
public static class CredentialRegistration
{
    public static IServiceCollection AddNewsjackCredential(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => Create());
        return services;
    }

    /// <summary>The credential itself, for a command that builds one client and no container (`replay --namespace`).</summary>
    public static TokenCredential Create() => new DefaultAzureCredential();
}
