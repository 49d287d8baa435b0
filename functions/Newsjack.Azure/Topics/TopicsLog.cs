using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Topics;

/// <summary>Source-generated log messages of the topics stage.</summary>
internal static partial class TopicsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "DetectTopics: {Topics} topics from {Items} news items ({ItemsFetched} fetched) and {Posts} posts ({PostsFetched} fetched); {TopicRowsFetched} topic rows fetched, {Written} written, {Unchanged} unchanged, {Retired} retired, {Purged} expired rows deleted")]
    public static partial void Detected(ILogger logger, int topics, int items, int itemsFetched, int posts, int postsFetched, int topicRowsFetched, int written, int unchanged, int retired, int purged);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "DetectTopics: another instance wrote the topic state first (attempt {Attempt} of {Attempts}); running again on its state")]
    public static partial void StateConflict(ILogger logger, int attempt, int attempts, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "DetectTopics: stored trend sketch has {StoredBits} width bits, configured {ConfiguredBits}; starting a new sketch (no baseline until it warms up)")]
    public static partial void SketchReset(ILogger logger, int storedBits, int configuredBits);
}
