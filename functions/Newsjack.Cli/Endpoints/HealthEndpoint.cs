using Newsjack.Azure.Hosting;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Endpoints;

/// <summary>`GET /api/health`: storage reachability plus what the timers and queue pumps did; 503 when storage is down.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/health", async (StorageHealthCheck check, LocalHostActivity activity, CancellationToken cancellationToken) =>
        {
            var storage = await check.CheckAsync(cancellationToken);
            var report = HealthResponse.From(storage) with { Jobs = activity.Jobs, Queues = activity.Queues };
            return Results.Json(report, HostingJsonContext.Default.HealthResponse,
                statusCode: storage.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
