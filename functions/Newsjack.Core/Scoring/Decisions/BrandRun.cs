using Newsjack.Core.Brands;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>One stateless run for one brand, as `newsjack score` and `eval` do it: detect topics, then score them.</summary>
public static class BrandRun
{
    /// <summary>Detects and scores; <paramref name="meanings"/> (item embeddings by id) group stories by meaning too.</summary>
    public static (IReadOnlyList<Topic> Topics, IReadOnlyList<TopicScore> Scores) Score(
        BrandProfile brand, IReadOnlyList<NewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now,
        IReadOnlyDictionary<string, float[]>? meanings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var topics = new TopicDetector().Detect(items, posts, now, meanings);
        var byId = items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var subjects = topics.Select(t => TopicSubject.From(t, byId, posts)).ToList();
        return (topics, BrandScorer.Default.ScoreAll(subjects, brand, now, []));
    }

    /// <summary>
    /// Scores the same subjects again with their text analyses and, when given, embedding similarities and
    /// risk-meaning readings (all by topic id); order and topics are unchanged.
    /// </summary>
    public static IReadOnlyList<TopicScore> Rescore(
        BrandProfile brand,
        IReadOnlyList<TopicScore> scores,
        IReadOnlyList<TextAnalysisResult> analyses,
        DateTimeOffset now,
        IReadOnlyDictionary<string, double>? similarities = null,
        IReadOnlyDictionary<string, MeaningReading>? readings = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(analyses);
        var byId = analyses.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return BrandScorer.Default.ScoreAll([.. scores.Select(s => s.Subject)], brand, now, [], byId, similarities, readings: readings);
    }
}
