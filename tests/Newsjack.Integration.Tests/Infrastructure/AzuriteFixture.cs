using Newsjack.Azure.Storage;
using Newsjack.Cli.Demo;

[assembly: AssemblyFixture(typeof(Newsjack.Integration.Tests.Infrastructure.AzuriteFixture))]

namespace Newsjack.Integration.Tests.Infrastructure;

/// <summary>
/// One real Azurite for the whole test assembly, on free ports, in memory. Tests isolate themselves with a
/// fresh storage prefix (<see cref="NewStorageOptions"/>), never with fakes. Can be stopped and restarted on
/// the same ports to test outages (but that affects every test running in parallel: prefer a private
/// <see cref="AzuriteProcess"/> for outage tests).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly AzuriteProcess _azurite = TestAzurite.Create();

    public int BlobPort => _azurite.BlobPort;
    public int QueuePort => _azurite.QueuePort;
    public int TablePort => _azurite.TablePort;

    public string ConnectionString => _azurite.ConnectionString;

    /// <summary>Storage options with a prefix no other test uses.</summary>
    public StorageOptions NewStorageOptions() => _azurite.NewStorageOptions();

    public async ValueTask InitializeAsync() => await _azurite.StartAsync(CancellationToken.None);

    /// <summary>Stops Azurite (its in-memory data is lost, as in a real outage of a fresh account).</summary>
    public Task StopAsync() => _azurite.StopAsync();

    /// <summary>Starts Azurite again on the same ports.</summary>
    public Task RestartAsync() => _azurite.StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync() => await _azurite.DisposeAsync();
}
