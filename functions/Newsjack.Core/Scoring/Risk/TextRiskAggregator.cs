using System.Globalization;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Turns lexicon hits in many texts into category tiers by how widespread they are. News items (and hashtags) are
/// edited text: any hit counts at its tier, so one tragic item makes its whole topic floor; a cluster that mixes a
/// tragedy with a light story is suppressed rather than risk a joke next to it. Posts are noisy: floor needs two
/// posts and a tenth of them (or a third), other tiers a tenth; rarer hits count one tier lower. So a tag is judged
/// by what its posts say (#WhyIStayed), not by one stray joke.
/// </summary>
internal static class TextRiskAggregator
{
    public static void Aggregate(IReadOnlyList<(SubjectText Source, TokenizedText Text)> texts, bool posts, string? under,
        RiskLexicon lexicon, CategoryTally tally)
    {
        if (texts.Count == 0)
        {
            return;
        }

        var hits = texts.Select(t => (t.Source, Hits: lexicon.Scan(t.Text))).Where(t => t.Hits.Count > 0).ToList();
        foreach (var category in hits.SelectMany(h => h.Hits).Select(h => h.Category).Distinct(StringComparer.Ordinal))
        {
            for (var tier = RiskTier.Floor; tier > RiskTier.None; tier--)
            {
                var matching = hits
                    .Select(h => (h.Source, Hit: h.Hits.FirstOrDefault(x => x.Category == category && x.Tier == tier)))
                    .Where(h => h.Hit is not null)
                    .ToList();
                if (matching.Count == 0)
                {
                    continue;
                }

                var effective = Effective(tier, matching.Count, texts.Count, posts);
                var kind = posts ? "posts" : "items";
                var share = string.Create(CultureInfo.InvariantCulture, $"{matching.Count} of {texts.Count} {kind}{(under is null ? "" : " under " + under)}");
                tally.Raise(category, effective, matching.Take(3).Select(m => $"\"{m.Hit!.Snippet}\" ({(posts ? "post" : "item")} {m.Source.Id}; {share})"));
            }
        }
    }

    private static RiskTier Effective(RiskTier tier, int count, int total, bool posts)
    {
        var share = (double)count / total;
        if (!posts)
        {
            return tier;
        }

        if (tier == RiskTier.Floor)
        {
            return (count >= 2 && share >= 0.1) || share >= 0.34 ? RiskTier.Floor : RiskTier.Medium;
        }

        return share >= 0.1 ? tier : tier.Lower();
    }
}
