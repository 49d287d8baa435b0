using Microsoft.Extensions.Options;

namespace Newsjack.Cli.Configuration;

/// <summary>The same services the hosts use, for one CLI command; invalid settings become a usage error (exit 2).</summary>
public static class CliServices
{
    /// <summary>Logs go nowhere unless <paramref name="logging"/> adds a provider (`run` shows the job's own lines).</summary>
    public static ServiceProvider Build(IConfiguration configuration, Action<ILoggingBuilder>? logging = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(builder => logging?.Invoke(builder));
        services.AddNewsjackCore();
        services.AddNewsjackAzure(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Resolves a service, turning an options validation failure into a message that names the setting.</summary>
    public static T Get<T>(IServiceProvider services)
        where T : notnull => (T)Get(services, typeof(T));

    public static object Get(IServiceProvider services, Type type)
    {
        try
        {
            return services.GetRequiredService(type);
        }
        catch (OptionsValidationException ex)
        {
            throw new CliUsageException(StartupFailure.Describe(ex)!);
        }
    }
}
