using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.Approvals;
using Newsjack.Functions.Operations;

namespace Newsjack.Functions.Approvals;

/// <summary>Timer: cards whose links expired without a decision become `Expired` (audited). The schedule lives in app settings.</summary>
public sealed class ExpireCards(ExpireCardsJob job, ILogger<ExpireCards> logger)
{
    [Function(nameof(ExpireCards))]
    [FixedDelayRetry(3, "00:00:30")]
    public async Task Run([TimerTrigger("%EXPIRE_CARDS_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            TimerLog.PastDue(logger, nameof(ExpireCards), timer.ScheduleStatus?.Next);
        }

        await job.RunAsync(cancellationToken);
    }
}
