using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Http;
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

        services.AddSecretUrlClient<TeamsWebhookClient, TeamsOptions>();
        services.AddTransient<DeliverSuggestionHandler>();
        services.AddSingleton<PoisonSuggestionHandler>();
    }
}
