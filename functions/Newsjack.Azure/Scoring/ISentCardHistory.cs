using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Azure.Scoring;

/// <summary>The cards a brand was already sent (or has queued): the history the alert-fatigue gate judges against.</summary>
public interface ISentCardHistory
{
    Task<IReadOnlyList<SentCard>> RecentAsync(string brandId, DateTimeOffset now, CancellationToken cancellationToken);
}
