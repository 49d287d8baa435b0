using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>The production service graph (AddNewsjackCore + AddNewsjackAzure) over a test's own storage prefix and settings.</summary>
public sealed class ApprovalsTestServices : IAsyncDisposable
{
    public ApprovalsTestServices(StorageOptions storage, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:Prefix"] = storage.Prefix,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNewsjackCore();
        services.AddNewsjackAzure(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ServiceProvider Provider { get; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync() => await Provider.DisposeAsync();
}
