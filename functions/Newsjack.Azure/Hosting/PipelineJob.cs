namespace Newsjack.Azure.Hosting;

/// <summary>
/// One function of the app, as both hosts run it: its name, how it is triggered, the app setting that names its
/// schedule, queue or hub, and the handler it calls. <see cref="PipelineJobs"/> is the one table of them.
/// </summary>
public sealed record PipelineJob(string Name, JobTrigger Trigger, Type Handler)
{
    /// <summary>
    /// Timer: the setting holding the 6-field NCRONTAB schedule (`NEWS_POLL_SCHEDULE`). Queue: the setting holding the
    /// physical queue name (`FEED_POLL_QUEUE` = `nj-feed-polls`). Event Hub: the setting holding the hub name.
    /// </summary>
    public string? Setting { get; init; }

    /// <summary>Timer: the schedule used when <see cref="Setting"/> is absent (local host only; Azure sets it).</summary>
    public string? DefaultSchedule { get; init; }

    /// <summary>Queue: the logical queue name (`feed-polls`); the physical name is `{Storage__Prefix}-{Queue}`.</summary>
    public string? Queue { get; init; }

    /// <summary>Event Hub: the setting holding the consumer group.</summary>
    public string? ConsumerGroupSetting { get; init; }

    /// <summary>Event Hub: the connection setting (name or prefix of the app settings, never a connection string).</summary>
    public string? Connection { get; init; }

    /// <summary>HTTP: the route below `/api/`, methods (lower case) and authorization level, as in the function's attribute.</summary>
    public string? Route { get; init; }

    public IReadOnlyList<string> Methods { get; init; } = [];

    public string? AuthLevel { get; init; }

    /// <summary>The trigger attribute's argument: `%NEWS_POLL_SCHEDULE%`, `%SUGGESTIONS_QUEUE%-poison`, `%SOCIAL_HUB%`.</summary>
    public string? Expression { get; init; }

    public static PipelineJob Timer<THandler>(string name, string scheduleSetting, string defaultSchedule)
        where THandler : IScheduledJob =>
        new(name, JobTrigger.Timer, typeof(THandler))
        {
            Setting = scheduleSetting, Expression = $"%{scheduleSetting}%", DefaultSchedule = defaultSchedule,
        };

    public static PipelineJob OnQueue<THandler>(string name, string queue, string queueSetting)
        where THandler : IQueueMessageHandler =>
        new(name, JobTrigger.Queue, typeof(THandler)) { Setting = queueSetting, Expression = $"%{queueSetting}%", Queue = queue };

    /// <summary>The `-poison` queue of <paramref name="queue"/>, where a message lands after its last failed attempt.</summary>
    public static PipelineJob OnPoisonQueue<THandler>(string name, string queue, string queueSetting)
        where THandler : IQueueMessageHandler =>
        new(name, JobTrigger.Queue, typeof(THandler))
        {
            Setting = queueSetting, Expression = $"%{queueSetting}%{PoisonSuffix}", Queue = queue + PoisonSuffix,
        };

    private const string PoisonSuffix = "-poison";

    public static PipelineJob EventHub<THandler>(string name, string hubSetting, string consumerGroupSetting, string connection) =>
        new(name, JobTrigger.EventHub, typeof(THandler))
        {
            Setting = hubSetting, Expression = $"%{hubSetting}%", ConsumerGroupSetting = consumerGroupSetting, Connection = connection,
        };

    public static PipelineJob Http<THandler>(string name, string route, string authLevel, params string[] methods) =>
        new(name, JobTrigger.Http, typeof(THandler)) { Route = route, AuthLevel = authLevel, Methods = methods };
}
