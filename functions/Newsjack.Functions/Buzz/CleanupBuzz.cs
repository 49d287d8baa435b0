using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.Buzz;
using Newsjack.Functions.Operations;

namespace Newsjack.Functions.Buzz;

/// <summary>Timer: delete buzz buckets past their time-to-live. A missed run is caught up by the next one.</summary>
public sealed class CleanupBuzz(BuzzRetentionJob job, ILogger<CleanupBuzz> logger)
{
    [Function(nameof(CleanupBuzz))]
    public async Task Run([TimerTrigger("%BUZZ_CLEANUP_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            TimerLog.PastDue(logger, nameof(CleanupBuzz), timer.ScheduleStatus?.Next);
        }

        await job.RunAsync(cancellationToken);
    }
}
