using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.News;
using Newsjack.Functions.Operations;

namespace Newsjack.Functions.News;

/// <summary>Timer: enqueue one `feed-polls` message per feed that is due. The schedule lives in app settings.</summary>
public sealed class PollFeeds(FeedPollScheduler scheduler, ILogger<PollFeeds> logger)
{
    [Function(nameof(PollFeeds))]
    [FixedDelayRetry(3, "00:00:30")]
    public async Task Run([TimerTrigger("%NEWS_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            TimerLog.PastDue(logger, nameof(PollFeeds), timer.ScheduleStatus?.Next);
        }

        await scheduler.RunAsync(cancellationToken);
    }
}
