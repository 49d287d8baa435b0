using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Cards;

/// <summary>Log messages of the cards stage. Webhook URLs are secrets and never appear here: only the setting's name.</summary>
internal static partial class CardsLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Card {CardId} queued for {BrandId} on topic {TopicId} ({Decision}, {Bytes} bytes, due {DueAt})")]
    public static partial void Queued(ILogger logger, string cardId, string brandId, string topicId, string decision, int bytes, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "No card for {BrandId} on topic {TopicId}: {Reason}")]
    public static partial void NotCarded(ILogger logger, string brandId, string topicId, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "No card for {BrandId} on topic {TopicId}: card {CardId} already covers it and momentum has not jumped sharply")]
    public static partial void AlreadyCarded(ILogger logger, string brandId, string topicId, string cardId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Debug, Message = "Card {CardId} already written by an earlier run or another host")]
    public static partial void AlreadyWritten(ILogger logger, string cardId);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Card {CardId} delivered to {WebhookSetting} (HTTP {Status}, attempt {Attempt})")]
    public static partial void Delivered(ILogger logger, string cardId, string webhookSetting, int status, int attempt);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Card {CardId} held until {Until}: {Reason}")]
    public static partial void Held(ILogger logger, string cardId, DateTimeOffset until, string reason);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Error, Message = "Card {CardId} delivery failed for good: {Error}")]
    public static partial void Failed(ILogger logger, string cardId, string error);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Warning, Message = "Card {CardId} delivery attempt {Attempt} failed, will retry: {Error}")]
    public static partial void Retrying(ILogger logger, string cardId, int attempt, string error);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Debug, Message = "Card {CardId} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string cardId, string reason);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Information, Message = "Chat model drafted {Count} post(s) for topic {TopicId}")]
    public static partial void ChatDrafts(ILogger logger, string topicId, int count);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Warning, Message = "Chat drafting failed for topic {TopicId} ({Reason}): the card keeps its template drafts")]
    public static partial void ChatDraftsFailed(ILogger logger, string topicId, string reason);
}
