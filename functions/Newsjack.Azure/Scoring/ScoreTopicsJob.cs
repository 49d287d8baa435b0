using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Approvals;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring.SecondOpinion;
using Newsjack.Azure.Topics;
using Newsjack.Core.Approvals.Learning;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Azure.Scoring;

/// <summary>
/// `ScoreTopics`, run after every `DetectTopics` (its `score-topics` message): reads the stored topics of the
/// window with their items and posts, scores them for every brand in the brands folder (relevance, risk, decision,
/// alert-fatigue gate) and hands each brand's decisions to the <see cref="IScoredTopicsSink"/>s. Stores nothing itself.
/// With the local embedding model the risk-meaning classifier reads the topics some brand finds relevant (once per
/// run, whatever the number of brands; embeddings cached by content) and may only raise their risk.
/// </summary>
public sealed class ScoreTopicsJob(
    TopicStore topics,
    NewsItemStore news,
    BuzzTables buzzTables,
    BuzzStoreReader buzz,
    BrandFolder brands,
    BrandScorer scorer,
    IEnumerable<IScoredTopicsSink> sinks,
    ISentCardHistory history,
    IOptions<TopicsOptions> options,
    TimeProvider time,
    ILogger<ScoreTopicsJob> logger,
    TopicEmbedder? embedder = null,
    DecisionMemoryStore? decisions = null,
    SecondOpinionReviewer? secondOpinion = null,
    RiskReader? riskReader = null) : IQueueMessageHandler
{
    public Task HandleAsync(string message, CancellationToken cancellationToken) => ScoreAsync(cancellationToken);

    public async Task<ScoreTopicsReport> ScoreAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = now - options.Value.Window;
        var stored = await topics.ReadRecentAsync(from, cancellationToken);
        if (stored.Count == 0)
        {
            ScoringLog.NoTopics(logger);
            return ScoreTopicsReport.None;
        }

        // An hour past now: items and posts stored while this run reads still belong to its topics.
        var items = (await news.ReadFirstSeenAsync(from, now.AddHours(1), cancellationToken))
            .Select(i => i.Item).DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
        await buzzTables.EnsureCreatedAsync(cancellationToken);
        var posts = await buzz.PostsAsync(from, now.AddHours(1), cancellationToken);
        var subjects = stored.Select(t => TopicSubject.From(t, items, posts)).ToList();
        var context = new ScoredTopicsContext(now, stored.ToDictionary(t => t.Id, StringComparer.Ordinal), items);
        var results = new List<BrandScores>();
        var prepared = new List<(Core.Brands.BrandProfile Brand, IReadOnlyDictionary<string, double>? Similarities, IReadOnlyList<SentCard> Sent, LearnedDamping? Learned)>();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var brand in brands.Brands())
        {
            // Embeddings (none with Embeddings__Provider=none) are cached by content, so topics unchanged since the last run cost nothing.
            var similarities = embedder is null ? null : await embedder.SimilaritiesAsync(brand, subjects, cancellationToken);
            var sent = await history.RecentAsync(brand.Id, now, cancellationToken);

            // What the brand's approvers rejected repeatedly is damped (Learning__*), with the reason on the topic.
            var learned = decisions is null ? null : await decisions.DampingAsync(brand.Id, now, cancellationToken);
            prepared.Add((brand, similarities, sent, learned));
            if (riskReader is not null)
            {
                // Only topics that could reach a brand are worth reading by meaning.
                candidates.UnionWith(scorer.ScoreAll(subjects, brand, now, sent, similarities: similarities, learned: learned)
                    .Where(s => s.Relevance.Score >= brand.RelevanceThreshold).Select(s => s.Subject.Id));
            }
        }

        var readings = riskReader is null || candidates.Count == 0
            ? null
            : await riskReader.ReadAsync([.. subjects.Where(s => candidates.Contains(s.Id))], cancellationToken);
        foreach (var (brand, similarities, sent, learned) in prepared)
        {
            var judged = scorer.ScoreAll(subjects, brand, now, sent, similarities: similarities, learned: learned, readings: readings);
            // The optional chat model (SecondOpinion__*) looks again at what is about to be suggested; it can only raise risk.
            if (secondOpinion is not null)
            {
                judged = await secondOpinion.ReviewAsync(brand, judged, cancellationToken);
            }

            var scores = new BrandScores(brand, judged);
            foreach (var sink in sinks)
            {
                await sink.AcceptAsync(scores, context, cancellationToken);
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                var (suggest, review, suppress, ignore) = (scores.Count(Decision.Suggest), scores.Count(Decision.Review), scores.Count(Decision.Suppress), scores.Count(Decision.Ignore));
                ScoringLog.Scored(logger, brand.Id, suggest, review, suppress, ignore, subjects.Count, scores.LetThrough.Count);
            }

            results.Add(scores);
        }

        return new ScoreTopicsReport(stored, results);
    }
}
