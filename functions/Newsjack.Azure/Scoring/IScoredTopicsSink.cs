using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Azure.Scoring;

/// <summary>
/// Where <see cref="ScoreTopicsJob"/> hands each brand's decisions after the alert-fatigue gate: the seam for the
/// cards stage, which writes a card record and enqueues it for every <see cref="BrandScores.LetThrough"/> score.
/// Every registered sink gets every brand, with the topics and items the scores were made from; with none
/// registered the decisions are only reported.
/// </summary>
public interface IScoredTopicsSink
{
    Task AcceptAsync(BrandScores scores, ScoredTopicsContext context, CancellationToken cancellationToken);
}
