using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.Topics;
using Newsjack.Functions.Operations;

namespace Newsjack.Functions;

/// <summary>Timer: cluster the window's news and buzz into topics and persist them. The schedule lives in app settings.</summary>
public sealed class DetectTopics(DetectTopicsJob job, ILogger<DetectTopics> logger)
{
    [Function(nameof(DetectTopics))]
    [FixedDelayRetry(3, "00:00:30")]
    public async Task Run([TimerTrigger("%TOPICS_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            TimerLog.PastDue(logger, nameof(DetectTopics), timer.ScheduleStatus?.Next);
        }

        await job.RunAsync(cancellationToken);
    }
}
