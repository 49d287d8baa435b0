using Azure.Core;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Newsjack.Azure.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// OpenTelemetry for both hosts (the function app and `newsjack serve`): the pipeline's spans and meter, ASP.NET Core
/// and HttpClient spans, log records with their scopes (topic and card ids, <see cref="Correlation"/>); exported to
/// Application Insights when its connection string is set, to the console on request, nowhere otherwise.
/// The pipeline's own instruments (<see cref="PipelineMetrics"/>) and the TokenCredential are registered by AddNewsjackAzure,
/// so call this after it.
/// </summary>
public static class NewsjackTelemetryServiceCollectionExtensions
{
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Reads `Telemetry__*` and `APPLICATIONINSIGHTS_CONNECTION_STRING`.</param>
    /// <param name="configure">Host-specific additions (the function app's worker defaults), applied when anything is exported.</param>
    public static IServiceCollection AddNewsjackTelemetry(this IServiceCollection services, IConfiguration configuration, Action<IOpenTelemetryBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var connectionString = configuration[TelemetryOptions.ConnectionStringSetting];
        var toAppInsights = !string.IsNullOrWhiteSpace(connectionString);
        if (!toAppInsights && !options.Console)
        {
            // Nothing to export to: no SDK listeners, so spans are only created for an in-process listener (tests).
            return services;
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(PipelineTelemetry.Name, "Microsoft.AspNetCore", "System.Net.Http");
                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PipelineTelemetry.Name, "Microsoft.AspNetCore.Hosting", "System.Net.Http");
                if (options.Console)
                {
                    metrics.AddConsoleExporter();
                }
            })
            .WithLogging(
                logging =>
                {
                    if (options.Console)
                    {
                        logging.AddConsoleExporter();
                    }
                },
                logOptions => logOptions.IncludeScopes = true);

        if (toAppInsights)
        {
            builder.UseAzureMonitorExporter(exporter => exporter.ConnectionString = connectionString);
            if (TelemetryOptions.RequiresEntraId(configuration[TelemetryOptions.AuthenticationStringSetting]))
            {
                // Our Application Insights has local auth off (infra): the exporter, unlike the Functions host, does not
                // read the authentication setting, so it signs in with the app's identity itself.
                services.AddOptions<AzureMonitorExporterOptions>().Configure<TokenCredential>((exporter, credential) => exporter.Credential = credential);
            }
        }

        configure?.Invoke(builder);
        return services;
    }
}
