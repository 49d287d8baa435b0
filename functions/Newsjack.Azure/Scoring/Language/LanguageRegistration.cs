using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>Azure AI Language replaces the local analyzer only when <c>Language:Enabled</c> is true.</summary>
public static class LanguageRegistration
{
    public static IServiceCollection AddNewsjackLanguage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue<bool>($"{LanguageOptions.SectionName}:{nameof(LanguageOptions.Enabled)}"))
        {
            return services;
        }

        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LanguageOptions>>().Value;
            return new LanguageClient(options, LanguageClientOptions.From(options), options.Key is { Length: > 0 } ? null : sp.GetRequiredService<TokenCredential>());
        });
        services.AddSingleton<LanguageResultCache>();
        services.AddSingleton<TextRecordBudget>();
        services.Replace(ServiceDescriptor.Singleton<ITextAnalyzer, LanguageTextAnalyzer>());
        return services;
    }
}
