using System.Globalization;
using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.News;

/// <summary>
/// The production service graph (AddNewsjackCore + AddNewsjackAzure) over a test's own storage prefix, a feeds
/// file written to a temp directory, and optional setting overrides.
/// </summary>
public sealed class NewsTestServices : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsjack-news-").FullName;

    public NewsTestServices(StorageOptions storage, string feedsJson, TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var feedsFile = Path.Combine(_directory, "feeds.json");
        File.WriteAllText(feedsFile, feedsJson);
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:Prefix"] = storage.Prefix,
            ["News:FeedsFile"] = feedsFile,
            ["News:FetchTimeoutSeconds"] = "5",
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
        Names = new StorageNames(storage.Prefix);
    }

    public ServiceProvider Provider { get; }

    public StorageNames Names { get; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public static string FeedsJson(params (string Name, Uri Url)[] feeds) =>
        "{ \"feeds\": [" + string.Join(",", feeds.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{{ \"name\": \"{f.Name}\", \"url\": \"{f.Url}\", \"language\": \"en\", \"pollMinutes\": 5 }}"))) + "] }";

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
