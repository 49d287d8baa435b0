using Microsoft.Extensions.Logging;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// <c>ExpireCards</c> (timer <c>EXPIRE_CARDS_SCHEDULE</c>, default every 5 minutes): every delivered card whose links
/// have expired moves <c>Delivered → Expired</c> under its ETag (a decision that lands first wins) and is audited.
/// </summary>
public sealed class ExpireCardsJob(CardStore cards, BrandFolder brands, AuditStore audit, TimeProvider time, ILogger<ExpireCardsJob> logger, PipelineMetrics? metrics = null) : IScheduledJob
{
    // Held cards can wait up to 7 days (the queue's limit) before delivery; links live at most 24 h after that.
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public async Task RunAsync(CancellationToken cancellationToken) => await ExpireAsync(cancellationToken);

    public async Task<int> ExpireAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = 0;
        foreach (var brand in brands.Brands())
        {
            foreach (var card in (await cards.RecentAsync(brand.Id, now - LookBack, cancellationToken)).Where(c => c.IsOpen() && c.LinksExpireAt <= now))
            {
                if (await cards.TryUpdateAsync(card.Expire(now), cancellationToken) is not { } written)
                {
                    continue;
                }

                expired++;
                metrics?.CardDecided("expired");
                await audit.AppendAsync(new AuditEntry
                {
                    Brand = card.BrandId, CardId = card.Id, Action = AuditAction.Expired, Actor = AuditEntry.SystemActor, At = now,
                    CardHash = CardView.From(written, brand.Name).Fingerprint(), Detail = $"links expired at {CardPageRenderer.Time(card.LinksExpireAt)} without a decision",
                }, cancellationToken);
            }
        }

        if (expired > 0)
        {
            ApprovalsLog.Expired(logger, expired);
        }

        return expired;
    }
}
