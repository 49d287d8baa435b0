using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Approvals;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring.SecondOpinion;
using Newsjack.Azure.Topics;
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
    private readonly ScoringPass _pass = new(scorer, embedder, riskReader);

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
        var subjects = TopicSubject.FromAll(stored, items, posts);
        var context = new ScoredTopicsContext(now, stored.ToDictionary(t => t.Id, StringComparer.Ordinal), items);
        var histories = new List<BrandHistory>();
        foreach (var brand in brands.Brands())
        {
            // What the brand's approvers rejected repeatedly is damped (Learning__*), with the reason on the topic.
            var learned = decisions is null ? null : await decisions.DampingAsync(brand.Id, now, cancellationToken);
            histories.Add(new BrandHistory(brand, await history.RecentAsync(brand.Id, now, cancellationToken), learned));
        }

        // The one scoring pass the stateless commands run too; embeddings (none with Embeddings__Provider=none) are
        // cached by content, so topics unchanged since the last run cost nothing.
        var results = new List<BrandScores>();
        foreach (var judgement in await _pass.ScoreAsync(subjects, histories, now, cancellationToken))
        {
            var (brand, judged) = (judgement.Scores.Brand, judgement.Scores.Scores);
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
