using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Topics;

namespace Newsjack.Azure.Scoring.SecondOpinion;

/// <summary>
/// The optional second opinion: with <c>SecondOpinion:Enabled</c> an Azure OpenAI chat deployment (API
/// 2024-10-21) behind <see cref="IChatClient"/>, and the <see cref="SecondOpinionReviewer"/> that `ScoreTopics`
/// calls. The client does not retry (a 429 or 5xx is one request, then the topic is scored without it). The same
/// client (one registration, the SecondOpinion section's endpoint and deployment) drafts card posts when
/// <c>Drafting:Enabled</c> (<see cref="ChatDrafts"/>).
/// </summary>
public static class SecondOpinionRegistration
{
    public static IServiceCollection AddNewsjackSecondOpinion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SecondOpinionOptions>().BindConfiguration(SecondOpinionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DraftingOptions>().BindConfiguration(DraftingOptions.SectionName).ValidateDataAnnotations()
            .Validate<IOptions<SecondOpinionOptions>>(
                (drafting, chat) => !drafting.Enabled || (chat.Value.Endpoint is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(chat.Value.Deployment)),
                "Drafting:Enabled needs the chat deployment in SecondOpinion:Endpoint and SecondOpinion:Deployment (and SecondOpinion:Key or the app's identity).")
            .ValidateOnStart();
        var reviewing = configuration.GetValue<bool>($"{SecondOpinionOptions.SectionName}:{nameof(SecondOpinionOptions.Enabled)}");
        var drafting = configuration.GetValue<bool>($"{DraftingOptions.SectionName}:{nameof(DraftingOptions.Enabled)}");
        if (!reviewing && !drafting)
        {
            return services;
        }

        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<SecondOpinionOptions>>().Value, sp.GetRequiredService<TokenCredential>()));
        if (drafting)
        {
            services.AddSingleton<ChatDrafts>();
        }

        if (!reviewing)
        {
            return services;
        }

        services.AddSingleton(sp => new SecondOpinionReviewer(
            sp.GetRequiredService<IChatClient>(),
            sp.GetRequiredService<IOptions<SecondOpinionOptions>>(),
            sp.GetRequiredService<IOptions<TopicsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SecondOpinionReviewer>>()));
        return services;
    }

    /// <summary>The chat client the (validated) options name.</summary>
    public static IChatClient Create(SecondOpinionOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("SecondOpinion:Endpoint is not set");
        var client = options.Key is { Length: > 0 } key
            ? new AzureOpenAIClient(endpoint, new ApiKeyCredential(key), clientOptions)
            : new AzureOpenAIClient(endpoint, credential ?? throw new InvalidOperationException("SecondOpinion without a Key needs the app's TokenCredential"), clientOptions);
        return client.GetChatClient(options.Deployment).AsIChatClient();
    }
}
