using Microsoft.Extensions.DependencyInjection;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Core;

/// <summary>The Core services, one line each; kept apart from the extension so features add lines, not methods.</summary>
internal static class CoreRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(BrandScorer.Default);
        services.AddSingleton<Scoring.Analysis.ITextAnalyzer, Scoring.Analysis.LocalTextAnalyzer>();
        services.AddSingleton(Cards.Drafts.DraftSafety.Default);
        services.AddSingleton<Cards.SuggestionCards>();
    }
}
