using Newsjack.Core.Risk.Matching;

namespace Newsjack.Core.Relevance;

/// <summary>How strongly a phrase shows in a topic: 1 when in its label, key terms or hashtags, else by share of texts.</summary>
internal static class TermCoverage
{
    public static double Of(Phrase phrase, IReadOnlyList<TokenizedText> headline, IReadOnlyList<TokenizedText> texts, RelevanceOptions options)
    {
        if (headline.Any(h => Credit(phrase, h, options) > 0))
        {
            return 1;
        }

        if (texts.Count == 0)
        {
            return 0;
        }

        var share = texts.Sum(t => Credit(phrase, t, options)) / texts.Count;
        return Math.Min(1, share / options.FullCoverageShare);
    }

    private static double Credit(Phrase phrase, TokenizedText text, RelevanceOptions options)
    {
        if (phrase.FindAll(text).Any())
        {
            return 1;
        }

        return phrase.Length > 1 && phrase.MatchesLoosely(text, options.LooseWindow) ? options.LooseMatchCredit : 0;
    }
}
