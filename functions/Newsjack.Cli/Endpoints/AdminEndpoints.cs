using Newsjack.Azure.Hosting;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Endpoints;

/// <summary>
/// `POST /admin/functions/{name}` (JSON body, `{"input": ""}`): runs a timer function now, as the Functions host's
/// admin API does under `func start`, so one curl works on both hosts. 202 at once; the run goes on in the
/// background (after a run under way, never beside it) and its outcome shows in `/api/health` and the log.
/// 404 for a name that is not a timer function, 415 for a body that is not JSON. Local-only rules apply (LocalOnly).
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/functions/{name}", Run);
        return endpoints;
    }

    private static IResult Run(
        string name, HttpRequest request, IEnumerable<TimerJob> jobs, TimerJobRuns runs, IHostApplicationLifetime lifetime)
    {
        if (!request.HasJsonContentType())
        {
            return Problem(request, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Content-Type '{request.ContentType}' is not accepted; send application/json, e.g. {{\"input\": \"\"}}.",
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16");
        }

        var timers = jobs.ToList();
        var job = timers.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
        if (job is null)
        {
            return Problem(request, StatusCodes.Status404NotFound, "No such timer function",
                $"'{name}' is not a timer function of this host; timer functions: {string.Join(", ", timers.Select(j => j.Name))}.",
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
        }

        // Not the request's token: the run outlives the 202, as under the Functions host; host shutdown stops it.
        _ = runs.RunAsync(job, lifetime.ApplicationStopping);
        return Results.Accepted();
    }

    private static IResult Problem(HttpRequest request, int status, string title, string detail, string type) =>
        Results.Json(
            new ProblemResponse(type, title, status, detail, request.HttpContext.TraceIdentifier),
            HostingJsonContext.Default.ProblemResponse, ProblemResponse.ContentType, status);
}
