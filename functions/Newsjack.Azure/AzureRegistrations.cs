using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newsjack.Azure.Embeddings;
using Newsjack.Azure.Scoring.Language;
using Newsjack.Azure.Scoring.SecondOpinion;

namespace Newsjack.Azure;

/// <summary>The Azure-side services, one line each; features add lines here.</summary>
internal static class AzureRegistrations
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddNewsjackLanguage(configuration);
        services.AddNewsjackEmbeddings(configuration);
        services.AddNewsjackSecondOpinion(configuration);
        services.AddMetrics();
        services.AddSingleton<Telemetry.PipelineMetrics>();
        services.AddSingleton<Hosting.StorageHealthCheck>();
        services.AddSingleton<Buzz.BuzzTables>();
        services.AddSingleton<Buzz.BuzzIngestHandler>();
        services.AddSingleton<Buzz.BuzzStoreReader>();
        services.AddSingleton<Buzz.BuzzRetentionJob>();
        News.NewsRegistrations.Add(services);
        Topics.TopicsRegistrations.Add(services);
        Scoring.ScoringRegistrations.Add(services);
        Cards.CardsRegistrations.Add(services);
        Approvals.ApprovalsRegistrations.Add(services);
    }
}
