using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Telemetry;

/// <summary>
/// Puts a topic id and a card id on the current span (tags) and on every log line written inside the returned scope
/// (scope fields `TopicId`, `CardId`), so Application Insights can join a card's logs and spans across stages.
/// </summary>
public static class Correlation
{
    public static IDisposable? Begin(ILogger logger, string? topicId, string? cardId, string? brandId = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var span = Activity.Current;
        span?.SetTag(PipelineTelemetry.TopicIdTag, topicId);
        span?.SetTag(PipelineTelemetry.CardIdTag, cardId);
        span?.SetTag(PipelineTelemetry.BrandTag, brandId);
        return logger.BeginScope(new KeyValuePair<string, object?>[] { new("TopicId", topicId), new("CardId", cardId), new("BrandId", brandId) });
    }

    /// <summary>An event on the current span for one card a run produced (a run spans many topics, so no tag fits).</summary>
    public static void CardEvent(string name, string topicId, string cardId, string brandId) =>
        Activity.Current?.AddEvent(new ActivityEvent(name, tags: new ActivityTagsCollection
        {
            [PipelineTelemetry.TopicIdTag] = topicId, [PipelineTelemetry.CardIdTag] = cardId, [PipelineTelemetry.BrandTag] = brandId,
        }));
}
