using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsjack.Core.Scoring.Relevance;

namespace Newsjack.Azure.Scoring.Embeddings;

/// <summary>
/// Azure OpenAI embeddings (API 2024-10-21) behind <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> and the
/// <see cref="TopicEmbedder"/>, only when <c>Embeddings:Enabled</c> is true. The client retries 429/5xx, honouring Retry-After.
/// </summary>
public static class EmbeddingsRegistration
{
    public static IServiceCollection AddNewsjackEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue<bool>($"{EmbeddingsOptions.SectionName}:{nameof(EmbeddingsOptions.Enabled)}"))
        {
            return services;
        }

        services.AddOptions<EmbeddingsOptions>().BindConfiguration(EmbeddingsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value));
        services.AddSingleton<TopicEmbedder>();
        return services;
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingsOptions options)
    {
        var clientOptions = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
            NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds),
        };
        var client = options.Key is { Length: > 0 } key
            ? new AzureOpenAIClient(options.Endpoint, new ApiKeyCredential(key), clientOptions)
            : new AzureOpenAIClient(options.Endpoint, new DefaultAzureCredential(), clientOptions);
        return client.GetEmbeddingClient(options.Deployment).AsIEmbeddingGenerator();
    }
}
