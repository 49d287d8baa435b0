using Azure.Data.Tables;
using Newsjack.Azure.Storage;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Storage;

public sealed class StorageClientsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Tables_RoundTripAnEntity_OnAzurite()
    {
        var options = azurite.NewStorageOptions();
        var table = StorageClients.Tables(options).GetTableClient(new StorageNames(options.Prefix).Table("probe"));
        var ct = TestContext.Current.CancellationToken;
        await table.CreateIfNotExistsAsync(ct);

        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "it's here" }, ct);

        var read = await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: ct);
        Assert.Equal("it's here", read.Value.GetString("Value"));
    }
}
