using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Newsjack.Functions;

/// <summary>
/// The one place a failed invocation is logged, with the exception and the invocation id. It rethrows, so the
/// trigger's own failure semantics still apply (timer/Event Hub retry attributes, queue dequeue count and
/// poison queue, HTTP 500).
/// </summary>
internal sealed partial class ExceptionLoggingMiddleware(ILogger<ExceptionLoggingMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException ex) when (context.CancellationToken.IsCancellationRequested)
        {
            // Host shutdown or scale-in, not a fault: no checkpoint is written, the work is redelivered.
            LogCancelled(logger, context.FunctionDefinition.Name, context.InvocationId, ex);
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(logger, context.FunctionDefinition.Name, context.InvocationId, ex);
            throw;
        }
    }

    [LoggerMessage(EventId = 900, Level = LogLevel.Error, Message = "Function {FunctionName} failed (invocation {InvocationId})")]
    private static partial void LogFailed(ILogger logger, string functionName, string invocationId, Exception exception);

    [LoggerMessage(EventId = 901, Level = LogLevel.Information, Message = "Function {FunctionName} cancelled (invocation {InvocationId})")]
    private static partial void LogCancelled(ILogger logger, string functionName, string invocationId, Exception exception);
}
