using Azure.Core;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Newsjack.Integration.Tests.Telemetry;

/// <summary>Where telemetry goes is decided by the settings alone: nowhere, Application Insights (with the app's identity when it must), the console.</summary>
public sealed class TelemetryRegistrationTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://127.0.0.1:1/";

    [Fact]
    public void Without_a_connection_string_or_console_request_nothing_is_exported()
    {
        using var services = Build();

        Assert.Null(services.GetService<TracerProvider>());
    }

    [Fact]
    public void With_the_connection_string_traces_go_to_application_insights_signed_in_with_the_app_identity_when_local_auth_is_off()
    {
        using var services = Build(
            ("APPLICATIONINSIGHTS_CONNECTION_STRING", ConnectionString),
            ("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "ClientId=11111111-2222-3333-4444-555555555555;Authorization=AAD"));

        Assert.NotNull(services.GetService<TracerProvider>());
        var exporter = services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);
        Assert.Equal(ConnectionString, exporter.ConnectionString);
        Assert.Same(services.GetRequiredService<TokenCredential>(), exporter.Credential);
    }

    [Fact]
    public void With_a_key_based_connection_string_alone_the_exporter_uses_no_credential()
    {
        using var services = Build(("APPLICATIONINSIGHTS_CONNECTION_STRING", ConnectionString));

        Assert.Null(services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName).Credential);
    }

    [Fact]
    public void The_console_exporter_is_on_request()
    {
        using var services = Build(("Telemetry:Console", "true"));

        Assert.NotNull(services.GetService<TracerProvider>());
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .AddInMemoryCollection([new("Storage:ConnectionString", "UseDevelopmentStorage=true")])
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNewsjackCore()
            .AddNewsjackAzure(configuration).AddNewsjackTelemetry(configuration).BuildServiceProvider();
    }
}
