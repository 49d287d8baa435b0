namespace Newsjack.Azure.Hosting;

/// <summary>
/// Handles one message of one storage queue, named by its row in <see cref="PipelineJobs"/>. In Azure a
/// QueueTrigger function calls <see cref="HandleAsync"/>; the local host's queue pump does the same with the
/// trigger's semantics (visibility timeout, max dequeue count, `-poison` queue). Throwing means "retry later";
/// handlers must be idempotent.
/// </summary>
public interface IQueueMessageHandler
{
    Task HandleAsync(string message, CancellationToken cancellationToken);
}
