using Microsoft.Extensions.DependencyInjection;

namespace Newsjack.Azure.Scoring;

/// <summary>Scoring stage services: options (brands folder, validated at start), the brand folder and the `ScoreTopics` job.</summary>
internal static class ScoringRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BrandFolder>();
        services.AddSingleton<ScoreTopicsJob>();
    }
}
