using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Scoring;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Cards stage services: link keys and base URL (validated at start; required as soon as brands are scored, since
/// every card carries signed links), the signer, the `cards` table, the `suggestions` queue and the writer that is
/// the scoring job's sink.
/// </summary>
internal static class CardsRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<CardLinkOptions>().BindConfiguration(CardLinkOptions.SectionName).ValidateDataAnnotations()
            .Validate<IOptions<ScoringOptions>>(
                (links, scoring) => string.IsNullOrWhiteSpace(scoring.Value.BrandsFolder) || (links.HasKey && !string.IsNullOrWhiteSpace(links.BaseUrl)),
                "CardLinks:CurrentKey and CardLinks:BaseUrl must be set when Scoring:BrandsFolder is: every card carries signed links.")
            .ValidateOnStart();
        services.AddSingleton<CardLinkSigner>();
        services.AddSingleton<CardStore>();
        services.AddSingleton<SuggestionRequests>();
        services.AddSingleton<ISentCardHistory, SentCardHistory>();
        services.AddSingleton<SuggestionCardWriter>();
        services.AddSingleton<IScoredTopicsSink>(sp => sp.GetRequiredService<SuggestionCardWriter>());
        AddDelivery(services);
    }

    private static void AddDelivery(IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookBudgetStore>();
        services.AddSingleton<TeamsWebhooks>();

        // No request logging: the webhook URL is the secret. One pipeline per webhook host, so one broken flow
        // never opens the circuit for another.
        services.AddHttpClient<TeamsWebhookClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
                var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.Retry.MaxRetryAttempts = options.MaxRetries;
                resilience.Retry.Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(options.TotalTimeoutSeconds, options.AttemptTimeoutSeconds + 1));
                resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
            });
        services.AddTransient<DeliverSuggestionHandler>();
        services.AddSingleton<PoisonSuggestionHandler>();
    }
}
