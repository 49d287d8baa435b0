using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsjack.Core.Relevance;

namespace Newsjack.Azure.Embeddings;

/// <summary>Azure OpenAI embeddings and the <see cref="TopicEmbedder"/>, only when <c>Embeddings:Enabled</c> is true.</summary>
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
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
            return new AzureOpenAIEmbeddingGenerator(options, options.Key is { Length: > 0 } ? null : new DefaultAzureCredential());
        });
        services.AddSingleton<TopicEmbedder>();
        return services;
    }
}
