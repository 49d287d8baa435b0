using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Relevance;

/// <summary>How strongly a phrase shows in a topic: 1 when in its label, key terms or hashtags, else by share of texts
/// (30 % of them is full coverage); a loose match (words near, other order) earns at most 0.8.</summary>
internal static class TermCoverage
{
    public static double Of(Phrase phrase, IReadOnlyList<TokenizedText> headline, IReadOnlyList<TokenizedText> texts, RelevanceOptions options)
    {
        var best = headline.Count == 0 ? 0 : headline.Max(h => Credit(phrase, h, options));
        if (texts.Count == 0 || best == 1)
        {
            return best;
        }

        // Exact and loose matches saturate separately, so a loose match never earns full credit.
        var exact = texts.Count(t => Credit(phrase, t, options) == 1);
        var loose = texts.Count(t => Credit(phrase, t, options) > 0);
        var coverage = Math.Max(Saturate(exact, texts.Count, options), options.LooseMatchCredit * Saturate(loose, texts.Count, options));
        return Math.Max(best, coverage);
    }

    private static double Saturate(int count, int total, RelevanceOptions options) =>
        Math.Min(1, (double)count / total / options.FullCoverageShare);

    private static double Credit(Phrase phrase, TokenizedText text, RelevanceOptions options)
    {
        if (phrase.FindAll(text).Any())
        {
            return 1;
        }

        return phrase.Length > 1 && phrase.MatchesLoosely(text, options.LooseWindow) ? options.LooseMatchCredit : 0;
    }
}
