using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class BuzzStorageOutageTests
{
    [Fact]
    public async Task StorageDown_IngestThrows_SoTheFunctionRetryAttributeRetriesTheBatch()
    {
        var port = FreePort();
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        var service = new TableServiceClient(connection, new TableClientOptions { Retry = { MaxRetries = 0 } });
        var handler = new BuzzIngestHandler(new BuzzTables(service, new StorageNames("down")), new FakeTimeProvider(BuzzSamples.Now), NullLogger<BuzzIngestHandler>.Instance);

        await Assert.ThrowsAsync<RequestFailedException>(() =>
            handler.IngestBatchAsync(BuzzSamples.Batch("0", 1, BuzzSamples.Post("1"), "poison"), TestContext.Current.CancellationToken));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
