using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Newsjack.Azure.News;

/// <summary>News ingestion services: options, the feed HTTP client, stores, the scheduler job and the queue handler.</summary>
internal static class NewsRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<NewsOptions>().BindConfiguration(NewsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // No resilience retries: the poll schedule is the retry, and the fetcher's own timeout covers the whole fetch.
        services.AddHttpClient<FeedFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddTransient<FeedReader>();
        services.AddSingleton<FeedCatalog>();
        services.AddSingleton<FeedStateStore>();
        services.AddSingleton<NewsItemStore>();
        services.AddSingleton<FeedPollRequests>();
        services.AddTransient<FeedPoller>();
        services.AddTransient<FeedPollScheduler>();
        services.AddTransient<FeedPollHandler>();
    }
}
