using Newsjack.Azure.Approvals;
using Newsjack.Azure.Approvals.Report;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Cards;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Topics;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Azure.Hosting;

/// <summary>
/// Every function of the app, in one table. The local host runs its timers and queue pumps from it, and a test
/// checks that the `functions.metadata` the Functions SDK generates binds exactly these names, triggers, settings
/// and queues, so the two hosts cannot drift apart.
/// </summary>
public static class PipelineJobs
{
    /// <summary>`cards/{id}`: the card page route below `/api/`, as the signed links address it (declared before All: static initializers run in text order).</summary>
    private static readonly string CardPage = CardLinkFields.PageRoute["api/".Length..];

    public static IReadOnlyList<PipelineJob> All { get; } =
    [
        PipelineJob.Timer<FeedPollScheduler>("PollFeeds", "NEWS_POLL_SCHEDULE", "0 */1 * * * *"),
        PipelineJob.OnQueue<FeedPollHandler>("PollFeed", FeedPollRequests.Name, "FEED_POLL_QUEUE"),
        PipelineJob.EventHub<BuzzIngestHandler>("IngestBuzz", "SOCIAL_HUB", "SOCIAL_CONSUMER_GROUP", "EventHubConnection"),
        PipelineJob.Http<BuzzIngestHandler>("PostBuzz", "buzz", "Function", "post"),
        PipelineJob.Timer<BuzzRetentionJob>("CleanupBuzz", "BUZZ_CLEANUP_SCHEDULE", "0 17 * * * *"),
        PipelineJob.Timer<DetectTopicsJob>("DetectTopics", "TOPICS_SCHEDULE", "*/30 * * * * *"),
        PipelineJob.OnQueue<ScoreTopicsJob>("ScoreTopics", ScoreTopicsRequests.Name, "SCORE_TOPICS_QUEUE"),
        PipelineJob.OnQueue<DeliverSuggestionHandler>("DeliverSuggestion", SuggestionRequests.Name, "SUGGESTIONS_QUEUE"),
        PipelineJob.OnPoisonQueue<PoisonSuggestionHandler>("PoisonSuggestion", SuggestionRequests.Name, "SUGGESTIONS_QUEUE"),
        PipelineJob.Http<CardPageHandler>("ShowCardPage", CardPage, "Anonymous", "get"),
        PipelineJob.Http<CardPageHandler>("DecideCard", CardPage, "Anonymous", "post"),
        // Without it the Functions host answers other methods on a card link 404, as if the card did not exist.
        PipelineJob.Http<CardPageHandler>("CardPageWrongMethod", CardPage, "Anonymous", "put", "delete", "patch", "options", "trace"),
        PipelineJob.OnQueue<PublishHandler>("Publish", PublishRequests.Name, "PUBLISH_QUEUE"),
        PipelineJob.Timer<ExpireCardsJob>("ExpireCards", "EXPIRE_CARDS_SCHEDULE", "0 */5 * * * *"),
        PipelineJob.Http<ReportHandler>("Report", "report", "Anonymous", "get"),
        PipelineJob.Http<ReportHandler>("Dashboard", "dashboard", "Anonymous", "get"),
        PipelineJob.Http<StorageHealthCheck>("Health", "health", "Anonymous", "get"),
    ];

    public static IEnumerable<PipelineJob> Of(JobTrigger trigger) => All.Where(job => job.Trigger == trigger);

    public static PipelineJob Named(string name) =>
        All.SingleOrDefault(job => job.Name == name) ?? throw new KeyNotFoundException($"no pipeline job named '{name}'");
}
