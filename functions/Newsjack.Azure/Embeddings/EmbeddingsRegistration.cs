using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Azure.Embeddings;

/// <summary>
/// The sentence-embedding model behind <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> and the
/// <see cref="TopicEmbedder"/>, chosen by <c>Embeddings:Provider</c>: the local model (default), Azure OpenAI (API
/// 2024-10-21; the client retries 429/5xx, honouring Retry-After) or none. Every vector is cached by content hash
/// in table storage (<see cref="EmbeddingCacheTable"/>), keyed by the model, so no text is embedded twice.
/// </summary>
public static class EmbeddingsRegistration
{
    public static IServiceCollection AddNewsjackEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EmbeddingsOptions>().BindConfiguration(EmbeddingsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration.GetValue($"{EmbeddingsOptions.SectionName}:{nameof(EmbeddingsOptions.Provider)}", EmbeddingProvider.Local);
        if (provider == EmbeddingProvider.None)
        {
            return services;
        }

        services.AddSingleton<EmbeddingCacheTable>();
        services.AddSingleton(sp => Cached(Create(sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value, sp.GetRequiredService<TokenCredential>()), sp.GetRequiredService<EmbeddingCacheTable>(), sp));
        services.AddSingleton<TopicEmbedder>();
        if (provider == EmbeddingProvider.Local && RiskMeaningModel.Default is { } riskModel)
        {
            // The classifier's weights belong to the local model's vectors; with Azure embeddings risk stays with the lexicon.
            services.AddSingleton(sp => new RiskReader(sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), riskModel));
        }

        return services;
    }

    /// <summary>The generator the (validated) options name, uncached: callers cache it where they store.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingsOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            EmbeddingProvider.Azure => AzureOpenAI(options, credential),
            EmbeddingProvider.Local => new LocalEmbeddingGenerator(Options.Create(options)),
            _ => throw new InvalidOperationException("Embeddings:Provider is none: no generator"),
        };
    }

    /// <summary>Wraps a generator in Microsoft.Extensions.AI's cache; the model id is part of every key.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Cached(
        IEmbeddingGenerator<string, Embedding<float>> generator, IDistributedCache cache, IServiceProvider? services = null)
    {
        var model = generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? generator.GetType().Name;
        return generator.AsBuilder().UseDistributedCache(cache, c => c.CacheKeyAdditionalValues = [model]).Build(services);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> AzureOpenAI(EmbeddingsOptions options, TokenCredential? credential)
    {
        var clientOptions = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
            NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds),
        };
        var client = options.Key is { Length: > 0 } key
            ? new AzureOpenAIClient(options.Endpoint, new ApiKeyCredential(key), clientOptions)
            : new AzureOpenAIClient(options.Endpoint, credential ?? throw new InvalidOperationException("Embeddings without a Key need the app's TokenCredential"), clientOptions);
        // The deployment is the model as far as the cache key goes.
        return client.GetEmbeddingClient(options.Deployment).AsIEmbeddingGenerator();
    }
}
