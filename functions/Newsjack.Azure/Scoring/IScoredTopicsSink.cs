using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Azure.Scoring;

/// <summary>
/// Where <see cref="ScoreTopicsJob"/> hands each brand's decisions after the alert-fatigue gate: the seam for the
/// cards stage, which writes a card record and enqueues it for every <see cref="BrandScores.LetThrough"/> score.
/// Every registered sink gets every brand; with none registered the decisions are only reported.
/// </summary>
public interface IScoredTopicsSink
{
    Task AcceptAsync(BrandScores scores, DateTimeOffset now, CancellationToken cancellationToken);
}
