using System.Text.Json;

namespace Newsjack.Core.Buzz;

/// <summary>
/// Reads `PartitionId` from the Event Hub trigger's `partitionContext` binding data (JSON text:
/// `{"EventHubName":…,"ConsumerGroup":…,"FullyQualifiedNamespace":…,"PartitionId":"3"}`), for <see cref="BuzzBatch.PartitionId"/>.
/// </summary>
public static class EventHubPartitionContext
{
    public const string Unknown = "unknown";

    public static string PartitionId(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Unknown;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("PartitionId", out var id)
                && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? id.ToString()
                : Unknown;
        }
        catch (JsonException)
        {
            return Unknown;
        }
    }
}
