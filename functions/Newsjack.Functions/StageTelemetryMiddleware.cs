using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Functions;

/// <summary>
/// One stage span and one `newsjack.stage.duration` measurement per invocation, named after the function, as the local
/// host records them around its timer runs and queue messages. Inside <see cref="ExceptionLoggingMiddleware"/>, so a
/// failure it turns into a 500 answer still counts as failed here.
/// </summary>
internal sealed class StageTelemetryMiddleware(PipelineMetrics metrics) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        using var run = metrics.StartStage(context.FunctionDefinition.Name);
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
}
