using Newsjack.Azure.Scoring;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Azure.Cards;

/// <summary>The brand's cards of the last <see cref="LookBack"/> from the `cards` table, as the alert-fatigue gate reads them.</summary>
public sealed class SentCardHistory(CardStore cards) : ISentCardHistory
{
    /// <summary>Covers the longest cooldown a profile may set and the follow-up check on topics (ids stay stable for days).</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<SentCard>> RecentAsync(string brandId, DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await cards.RecentAsync(brandId, now - LookBack, cancellationToken)).Select(c => c.AsSent())];
}
