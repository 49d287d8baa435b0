using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// Chooses which locally scored topics are worth a paid text analysis, using only cheap local results: a topic is
/// sent when, for at least one brand, it reaches that brand's relevance threshold, its local risk tier is not
/// already floor, and it is not on the brand's avoid list (those are suppressed whatever the analyzer says).
/// One document per topic (id = topic id), most relevant first, so a spent budget drops the least relevant.
/// </summary>
public static class TopicAnalysisSelector
{
    public static IReadOnlyList<AnalysisDocument> Select(BrandProfile brand, IReadOnlyList<TopicScore> scores) =>
        Select([(brand, scores)]);

    public static IReadOnlyList<AnalysisDocument> Select(IReadOnlyList<(BrandProfile Brand, IReadOnlyList<TopicScore> Scores)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.SelectMany(r => r.Scores.Where(s => Worthwhile(s, r.Brand)))
            .OrderByDescending(s => s.Relevance.Score)
            .DistinctBy(s => s.Subject.Id, StringComparer.Ordinal)
            .Select(s => TopicAnalysisDocument.Build(s.Subject))];
    }

    public static bool Worthwhile(TopicScore score, BrandProfile brand)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(brand);
        return score.Relevance.Score >= brand.RelevanceThreshold && score.Risk.Tier != RiskTier.Floor && score.Risk.AvoidHits.Count == 0;
    }
}
