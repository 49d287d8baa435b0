using Microsoft.Azure.Functions.Worker;
using Newsjack.Core.Buzz;

namespace Newsjack.Functions.Buzz;

/// <summary>
/// The partition id of an Event Hub batch, from the trigger's `partitionContext` binding data (JSON text, parsed by
/// the tested <see cref="EventHubPartitionContext"/>). Sequence numbers repeat across partitions, so a missing id is a
/// binding fault and fails the batch loudly instead of mixing partitions' dedupe keys.
/// </summary>
public static class EventHubPartition
{
    private const string BindingDataKey = "partitionContext";

    public static string IdOf(FunctionContext context)
    {
        context.BindingContext.BindingData.TryGetValue(BindingDataKey, out var value);
        var id = EventHubPartitionContext.PartitionId(value?.ToString());
        return id != EventHubPartitionContext.Unknown
            ? id
            : throw new InvalidOperationException($"Event Hub binding data '{BindingDataKey}' has no PartitionId.");
    }
}
