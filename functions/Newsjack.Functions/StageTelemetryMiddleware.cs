using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Functions;

/// <summary>
/// One stage span and one `newsjack.stage.duration` measurement per invocation, named after the function, as the local
/// host records them around its timer runs and queue messages; a queue message's trace context is its parent. Inside <see cref="ExceptionLoggingMiddleware"/>, so a
/// failure it turns into a 500 answer still counts as failed here.
/// </summary>
internal sealed class StageTelemetryMiddleware(PipelineMetrics metrics) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        using var run = metrics.StartStage(context.FunctionDefinition.Name, await ProducerAsync(context));
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            run.Cancelled();
            throw;
        }
        catch (Exception ex)
        {
            run.Failed(ex);
            throw;
        }
    }

    /// <summary>The trace context a queue message carries (<see cref="QueueTrace"/>); null for other triggers and old messages.</summary>
    private static async Task<ActivityContext?> ProducerAsync(FunctionContext context)
    {
        var trigger = context.FunctionDefinition.InputBindings.Values.FirstOrDefault(b => string.Equals(b.Type, "queueTrigger", StringComparison.OrdinalIgnoreCase));
        if (trigger is null)
        {
            return null;
        }

        // The worker caches the binding by name, and every queue function here binds its message as string: the same value.
        var message = await context.BindInputAsync<string>(trigger);
        return QueueTrace.Of(message.Value).Parent;
    }
}
