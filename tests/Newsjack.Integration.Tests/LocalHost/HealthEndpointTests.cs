using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Newsjack.Cli.LocalHost;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.LocalHost;

public sealed class HealthEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_is_200_with_every_storage_service_ok_and_lists_registered_jobs()
    {
        await using var app = await StartAsync(azurite.ConnectionString);

        var (status, body) = await GetHealthAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("storage").GetProperty("tables").GetString());
        Assert.Equal("ok", body.GetProperty("storage").GetProperty("queues").GetString());
        Assert.Equal("ok", body.GetProperty("storage").GetProperty("blobs").GetString());
        Assert.Contains(body.GetProperty("jobs").EnumerateArray(), j => j.GetProperty("name").GetString() == "Yearly");
    }

    [Fact]
    public async Task Health_is_503_naming_storage_unreachable_when_nothing_listens()
    {
        var closed = ClosedPort();
        var connection = azurite.ConnectionString
            .Replace($":{azurite.BlobPort}/", $":{closed}/", StringComparison.Ordinal)
            .Replace($":{azurite.QueuePort}/", $":{closed}/", StringComparison.Ordinal)
            .Replace($":{azurite.TablePort}/", $":{closed}/", StringComparison.Ordinal);
        await using var app = await StartAsync(connection);

        var (status, body) = await GetHealthAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("unreachable", body.GetProperty("storage").GetProperty("tables").GetString());
        Assert.Equal("unreachable", body.GetProperty("storage").GetProperty("queues").GetString());
        Assert.Equal("unreachable", body.GetProperty("storage").GetProperty("blobs").GetString());
    }

    private async Task<WebApplication> StartAsync(string connectionString)
    {
        var settings = new LocalHostSettings
        {
            Urls = "http://127.0.0.1:0",
            Overrides = new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connectionString,
                ["Storage:Prefix"] = azurite.NewStorageOptions().Prefix,
            },
        };
        var app = LocalHostApp.Create(settings, services =>
            services.AddSingleton(new TestJob("Yearly", "0 0 0 1 1 *", TimeProvider.System).Timer));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync(WebApplication app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative), TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(json).RootElement.Clone());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
