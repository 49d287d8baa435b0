using Microsoft.Extensions.DependencyInjection;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Azure.Cards;

/// <summary>Cards stage services: link signing keys (validated at start) and the signer.</summary>
internal static class CardsRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<CardLinkOptions>().BindConfiguration(CardLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CardLinkSigner>();
    }
}
