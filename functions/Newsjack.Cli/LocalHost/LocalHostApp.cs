using Microsoft.Extensions.Options;
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
        // A start that fails (bad setting, port in use) is reported by the command as one line; the host's own
        // "Hosting failed to start" entry would repeat it with a multi-KB stack trace. Once started, its errors show.
        var started = false;
        builder.Logging.ClearProviders()
            .SetMinimumLevel(settings.MinimumLogLevel)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Hosting", level => started && level >= LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddNewsjackCore();
        builder.Services.AddNewsjackAzure(builder.Configuration);
        builder.Services.AddNewsjackTelemetry(builder.Configuration);
        builder.Services.AddNewsjackLocalHost();
        builder.Services.AddLocalOnly(settings.Urls);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Every ValidateOnStart failure at once, before a hosted service's constructor meets the first of them.
        app.Services.GetService<IStartupValidator>()?.Validate();
        app.Lifetime.ApplicationStarted.Register(() => started = true);
        app.UseProblemAnswers();
        app.UseLocalOnly(settings.Urls);
        app.MapLocalEndpoints();
        return app;
    }
}
