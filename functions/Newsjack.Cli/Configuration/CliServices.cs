using Microsoft.Extensions.Options;

namespace Newsjack.Cli.Configuration;

/// <summary>The same services the hosts use, for one CLI command; invalid settings become a usage error (exit 2).</summary>
public static class CliServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddNewsjackCore();
        services.AddNewsjackAzure(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Resolves a service, turning an options validation failure into a message that names the setting.</summary>
    public static T Get<T>(IServiceProvider services)
        where T : notnull
    {
        try
        {
            return services.GetRequiredService<T>();
        }
        catch (OptionsValidationException ex)
        {
            throw new CliUsageException("invalid settings: " + string.Join("; ", ex.Failures));
        }
    }
}
