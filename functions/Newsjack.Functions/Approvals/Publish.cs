using Microsoft.Azure.Functions.Worker;
using Newsjack.Azure.Approvals;

namespace Newsjack.Functions.Approvals;

/// <summary>
/// Queue: publish one approved card (`PUBLISH_QUEUE`, the physical name: storage prefix plus `publish`, e.g.
/// `nj-publish`). Webhook retries happen inside the handler; storage failures throw and retry through host.json
/// `maxDequeueCount`, then land in `{queue}-poison`. A redelivered message never publishes or posts the follow-up again.
/// </summary>
public sealed class Publish(PublishHandler handler)
{
    [Function(nameof(Publish))]
    public Task Run([QueueTrigger("%PUBLISH_QUEUE%")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
