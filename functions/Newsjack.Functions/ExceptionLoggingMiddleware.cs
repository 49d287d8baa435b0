using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.Hosting;

namespace Newsjack.Functions;

/// <summary>
/// The one place a failed invocation is logged, with the exception and the invocation id. An HTTP function is
/// answered like the local host answers (a problem-details body: 503 with Retry-After while storage is
/// unavailable, else 500), never an empty 500. Other triggers rethrow, so their own failure semantics apply
/// (timer/Event Hub retry attributes, queue dequeue count and poison queue).
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
            if (await context.GetHttpRequestDataAsync() is not { } request)
            {
                throw;
            }

            var problem = ProblemResponse.For(ex, context.InvocationId);
            var response = request.CreateResponse((HttpStatusCode)problem.Status);
            response.Headers.Add("Content-Type", ProblemResponse.ContentType);
            if (problem.RetryAfterHeader() is { } retryAfter)
            {
                response.Headers.Add("Retry-After", retryAfter);
            }

            await response.WriteBytesAsync(JsonSerializer.SerializeToUtf8Bytes(problem, HostingJsonContext.Default.ProblemResponse), context.CancellationToken);
            context.GetInvocationResult().Value = response;
        }
    }

    [LoggerMessage(EventId = 900, Level = LogLevel.Error, Message = "Function {FunctionName} failed (invocation {InvocationId})")]
    private static partial void LogFailed(ILogger logger, string functionName, string invocationId, Exception exception);

    [LoggerMessage(EventId = 901, Level = LogLevel.Information, Message = "Function {FunctionName} cancelled (invocation {InvocationId})")]
    private static partial void LogCancelled(ILogger logger, string functionName, string invocationId, Exception exception);
}
