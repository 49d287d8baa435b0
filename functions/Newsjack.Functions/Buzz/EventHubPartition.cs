using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Newsjack.Functions.Buzz;

/// <summary>
/// Reads the partition id of an Event Hub batch from the trigger's `partitionContext` binding data, which the
/// worker hands over as JSON text: `{ "EventHubName", "ConsumerGroup", "FullyQualifiedNamespace", "PartitionId" }`.
/// The partition id is half of the transport dedupe key (`{partitionId}:{sequenceNumber}`); sequence numbers
/// repeat across partitions, so a missing id is a binding fault and fails the batch loudly instead of guessing.
/// </summary>
public static class EventHubPartition
{
    private const string BindingDataKey = "partitionContext";

    public static string IdOf(FunctionContext context)
    {
        context.BindingContext.BindingData.TryGetValue(BindingDataKey, out var value);
        return Parse(value?.ToString())
            ?? throw new InvalidOperationException($"Event Hub binding data '{BindingDataKey}' has no PartitionId.");
    }

    /// <summary>The `PartitionId` of a partition-context JSON object (name matched case-insensitively), or null.</summary>
    public static string? Parse(string? partitionContextJson)
    {
        if (string.IsNullOrWhiteSpace(partitionContextJson))
        {
            return null;
        }

        using var document = JsonDocument.Parse(partitionContextJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (string.Equals(property.Name, "PartitionId", StringComparison.OrdinalIgnoreCase)
                && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
