using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// The scoring stage, one function for every caller: the stored `ScoreTopics` job (brands with their card history
/// and learned damping) and the stateless `score`, `cards` and `eval` commands (<see cref="BrandHistory.None"/>),
/// so the same topics and brand give the same decisions everywhere. With an <paramref name="embedder"/> each
/// brand's similarities may raise relevance; with a <paramref name="reader"/> the topics some brand finds relevant
/// are read by meaning once (whatever the number of brands) and may only raise risk; the rest by their headlines,
/// for the story context.
/// </summary>
public sealed class ScoringPass(BrandScorer scorer, TopicEmbedder? embedder = null, RiskReader? reader = null)
{
    public async Task<IReadOnlyList<BrandJudgement>> ScoreAsync(
        IReadOnlyList<ScoringSubject> subjects, IReadOnlyList<BrandHistory> brands, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(brands);
        var prepared = new List<(BrandHistory History, IReadOnlyDictionary<string, double>? Similarities)>();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? floored = null;
        foreach (var history in brands)
        {
            var similarities = embedder is null ? null : await embedder.SimilaritiesAsync(history.Brand, subjects, cancellationToken).ConfigureAwait(false);
            prepared.Add((history, similarities));
            if (reader is not null)
            {
                // Only topics that could reach a brand are worth reading by meaning; one the lexicon floors for
                // every brand is read only as far as the settlement can use (RiskReader).
                var unread = Judge(subjects, history, now, similarities, null);
                candidates.UnionWith(unread.Where(s => s.Relevance.ByWords >= history.Brand.RelevanceThreshold).Select(s => s.Subject.Id));
                var floors = unread.Where(s => s.Risk.Tier == RiskTier.Floor).Select(s => s.Subject.Id);
                if (floored is null)
                {
                    floored = new HashSet<string>(floors, StringComparer.Ordinal);
                }
                else
                {
                    floored.IntersectWith(floors);
                }
            }
        }

        // The topics no brand finds relevant are read by their headlines only, for the story context (RiskReader).
        var readings = reader is null || subjects.Count == 0
            ? null
            : await reader.ReadAsync(subjects, floored ?? new HashSet<string>(StringComparer.Ordinal),
                subjects.Select(s => s.Id).Where(id => !candidates.Contains(id)).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        return [.. prepared.Select(p => new BrandJudgement(
            new BrandScores(p.History.Brand, Judge(subjects, p.History, now, p.Similarities, readings)), p.Similarities, readings))];
    }

    private IReadOnlyList<TopicScore> Judge(
        IReadOnlyList<ScoringSubject> subjects, BrandHistory history, DateTimeOffset now,
        IReadOnlyDictionary<string, double>? similarities, IReadOnlyDictionary<string, MeaningReading>? readings) =>
        scorer.ScoreAll(subjects, history.Brand, now, history.Sent, similarities: similarities, learned: history.Learned, readings: readings);
}
