using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Storage;
using Newsjack.Cli.LocalHost;
using Newsjack.Integration.Tests.Buzz;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>
/// The whole local host (`newsjack serve`: endpoints, middleware, timers, queue pumps) on a free port over a
/// fresh Azurite prefix, its clock fixed at <see cref="BuzzSamples.Now"/>, plus an HTTP client for it.
/// </summary>
internal sealed class LocalHostServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHostServer(WebApplication app, StorageOptions storage, FakeTimeProvider time)
    {
        _app = app;
        Storage = storage;
        Time = time;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Http { get; }

    public StorageOptions Storage { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host; <paramref name="configure"/> replaces services after the host's own registrations.</summary>
    public static async Task<LocalHostServer> StartAsync(
        string connectionString, StorageOptions storage, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Prefix"] = storage.Prefix,
            ["NEWS_POLL_SCHEDULE"] = "0 0 0 1 1 *",
            ["BUZZ_CLEANUP_SCHEDULE"] = "0 0 0 1 1 *",
            ["TOPICS_SCHEDULE"] = "0 0 0 1 1 *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var time = new FakeTimeProvider(BuzzSamples.Now);
        var app = LocalHostApp.Create(
            new LocalHostSettings { Urls = "http://127.0.0.1:0", Overrides = overrides, MinimumLogLevel = LogLevel.Warning },
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                configure?.Invoke(services);
            });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new LocalHostServer(app, storage, time);
    }

    public static Task<LocalHostServer> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(azurite.ConnectionString, azurite.NewStorageOptions(), settings);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
