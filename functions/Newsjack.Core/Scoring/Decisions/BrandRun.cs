using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// The stateless side of a run, as `newsjack score`, `cards` and `eval` do it: detect topics with empty state and map
/// them to what the scorers read; the <see cref="ScoringPass"/> then judges them as the stored job does.
/// </summary>
public static class BrandRun
{
    /// <summary>Detects topics; <paramref name="meanings"/> (item embeddings by id) group stories by meaning too.</summary>
    public static (IReadOnlyList<Topic> Topics, IReadOnlyList<ScoringSubject> Subjects) Detect(
        IReadOnlyList<NewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now, IReadOnlyDictionary<string, float[]>? meanings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var topics = new TopicDetector().Detect(items, posts, now, meanings);
        var byId = items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var subjects = TopicSubject.FromAll(topics, byId, posts);
        return (topics, subjects);
    }

    /// <summary>
    /// Scores one stateless judgement again with text analyses (by topic id), keeping its similarities and
    /// readings; order and topics are unchanged. The analyses may only raise risk and add reasons.
    /// </summary>
    public static IReadOnlyList<TopicScore> Rescore(BrandJudgement judgement, IReadOnlyList<TextAnalysisResult> analyses, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(analyses);
        var byId = analyses.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var brand = judgement.Scores.Brand;
        return BrandScorer.Default.ScoreAll([.. judgement.Scores.Scores.Select(s => s.Subject)], brand, now, [], byId, judgement.Similarities, readings: judgement.Readings);
    }
}
