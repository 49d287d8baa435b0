using Microsoft.Extensions.DependencyInjection;

namespace Newsjack.Azure.Topics;

/// <summary>Topics stage services: options, state blobs, the window held between runs, the topics table, the `score-topics` queue and the `DetectTopics` job.</summary>
internal static class TopicsRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<TopicsOptions>().BindConfiguration(TopicsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StateBlobStore>();
        services.AddSingleton<TopicStateStore>();
        services.AddSingleton<TopicStore>();
        services.AddSingleton<TopicWindow>();
        services.AddSingleton<ScoreTopicsRequests>();
        services.AddSingleton<DetectTopicsJob>();
    }
}
