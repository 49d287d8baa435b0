
namespace Newsjack.Cli.Configuration;

/// <summary>
/// The CLI's configuration: the optional `--settings` file, then environment variables (which win, as they do
/// over local.settings.json in the Functions host).
/// </summary>
public static class CliConfiguration
{
    public static IConfiguration Build(string? settingsFile)
    {
        var builder = new ConfigurationBuilder();
        if (settingsFile is not null)
        {
            builder.AddInMemoryCollection(LocalSettingsFile.Load(settingsFile));
        }

        return builder.AddEnvironmentVariables().Build();
    }
}
