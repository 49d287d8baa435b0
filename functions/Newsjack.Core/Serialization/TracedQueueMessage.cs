using System.Text.Json.Serialization;

namespace Newsjack.Core.Serialization;

/// <summary>
/// What every queue message the project writes may carry besides its own fields: the W3C trace context of the span
/// that queued it (<c>traceparent</c>, <c>tracestate</c>), so the consumer's span joins the producer's trace.
/// Optional both ways: absent on old messages, ignored by readers that do not trace.
/// </summary>
public abstract record TracedQueueMessage
{
    [JsonPropertyName("traceparent")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceParent { get; init; }

    [JsonPropertyName("tracestate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceState { get; init; }
}
