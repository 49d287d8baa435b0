using Newsjack.Cli.Endpoints;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Builds the local host: the services the Functions app uses, plus timers, queue pumps and the HTTP
/// endpoints. Logs go to stderr so stdout stays free for command output.
/// </summary>
public static class LocalHostApp
{
    public static WebApplication Create(LocalHostSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings.FileSettings);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(settings.Overrides);
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders()
            .SetMinimumLevel(settings.MinimumLogLevel)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddNewsjackCore();
        builder.Services.AddNewsjackAzure(builder.Configuration);
        builder.Services.AddNewsjackTelemetry(builder.Configuration);
        builder.Services.AddNewsjackLocalHost();
        builder.Services.AddLocalOnly(settings.Urls);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseProblemAnswers();
        app.UseLocalOnly(settings.Urls);
        app.MapLocalEndpoints();
        return app;
    }
}
