using System.Diagnostics;
using System.Text.Json;

namespace Newsjack.Azure.Telemetry;

/// <summary>
/// W3C trace context across a queue hop: a producer writes the current span's <c>traceparent</c> and
/// <c>tracestate</c> into the message (optional fields: old messages without them still work), and the consumer's
/// stage span takes them as its parent, so one card's ScoreTopics, DeliverSuggestion and Publish runs are one trace.
/// </summary>
public readonly record struct QueueTrace(string? TraceParent, string? TraceState)
{
    /// <summary>The current span's context; empty when there is none (nothing listens) or its id is not W3C.</summary>
    public static QueueTrace Current =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } span ? new(span.Id, span.TraceStateString) : default;

    /// <summary>The remote parent it names; null when empty or malformed (a bad field loses the trace, never the message).</summary>
    public ActivityContext? Parent =>
        TraceParent is { Length: > 0 } && ActivityContext.TryParse(TraceParent, TraceState, isRemote: true, out var context) ? context : null;

    /// <summary>The top-level <c>traceparent</c>/<c>tracestate</c> of a JSON object body; empty for any other body.</summary>
    public static QueueTrace Of(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return default;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return new(Text(json.RootElement, "traceparent"), Text(json.RootElement, "tracestate"));
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
