using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.Topics;

/// <summary>
/// The production service graph (AddNewsjackCore + AddNewsjackAzure) over a test's storage prefix and clock, with a
/// small trend sketch. A second instance over the same storage is a restarted host.
/// </summary>
public sealed class TopicsTestServices : IAsyncDisposable
{
    public TopicsTestServices(StorageOptions storage, FakeTimeProvider time, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:Prefix"] = storage.Prefix,
            ["Topics:TrendWidthBits"] = "12",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNewsjackCore();
        services.AddNewsjackAzure(configuration);
        services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(services);
        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Names = new StorageNames(storage.Prefix);
    }

    public StorageNames Names { get; }

    public ServiceProvider Provider { get; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    /// <summary>Every row of the `topics` table, by RowKey.</summary>
    public async Task<List<TableEntity>> TopicRowsAsync(CancellationToken cancellationToken)
    {
        var table = Get<TableServiceClient>().GetTableClient(Names.Table("topics"));
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. rows.OrderBy(r => r.RowKey, StringComparer.Ordinal)];
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
