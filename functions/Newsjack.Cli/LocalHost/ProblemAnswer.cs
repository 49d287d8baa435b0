using Microsoft.AspNetCore.Diagnostics;
using Newsjack.Azure.Hosting;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// The local host's answer to a request that threw: a problem-details body, 503 with Retry-After when storage is
/// unavailable for now, 500 otherwise; never an empty 500. One log line per failed request, with its trace id.
/// </summary>
internal static class ProblemAnswer
{
    public static IApplicationBuilder UseProblemAnswers(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteAsync,
            // Our own line below replaces the middleware's (it would log the same exception again).
            SuppressDiagnosticsCallback = _ => true,
        });

    private static async Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is null)
        {
            return;
        }

        var problem = ProblemResponse.For(exception, context.TraceIdentifier);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProblemAnswer));
        if (problem.RetryAfter is null)
        {
            LocalHostLog.RequestFailed(logger, context.Request.Method, context.Request.Path, context.TraceIdentifier, exception);
        }
        else
        {
            LocalHostLog.RequestStorageUnavailable(logger, context.Request.Method, context.Request.Path, context.TraceIdentifier, Reason(exception));
        }

        context.Response.StatusCode = problem.Status;
        if (problem.RetryAfterHeader() is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsJsonAsync(problem, HostingJsonContext.Default.ProblemResponse, ProblemResponse.ContentType, context.RequestAborted);
    }

    /// <summary>The first line of the innermost message, short: the SDK's messages carry whole responses.</summary>
    private static string Reason(Exception exception)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : exception;
        var line = inner.Message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
