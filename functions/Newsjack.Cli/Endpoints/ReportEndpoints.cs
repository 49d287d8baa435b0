using Microsoft.Extensions.Primitives;
using Newsjack.Azure.Approvals.Report;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Approvals.Report;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Endpoints;

/// <summary>
/// `GET /api/report?brand=X[&amp;days=N]` answers the brand report as JSON (problems as `{ "error" }`), and
/// `GET /api/dashboard?brand=X[&amp;days=N]` the same report as the HTML dashboard. Adapters: <see cref="ReportHandler"/> does the work.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/report", async (HttpContext http, ReportHandler handler, CancellationToken cancellationToken) =>
        {
            var answer = await handler.ReportAsync(Request(http), cancellationToken);
            http.Response.Headers.CacheControl = "no-store";
            return answer.Report is { } report
                ? Results.Json(report, NewsjackJsonContext.Default.BrandReport)
                : Results.Json(answer.Problem!, NewsjackJsonContext.Default.ReportProblem, statusCode: answer.Status);
        });
        endpoints.MapGet("/api/dashboard", async (HttpContext http, ReportHandler handler, CancellationToken cancellationToken) =>
        {
            var page = await handler.DashboardAsync(Request(http), cancellationToken);
            foreach (var (name, value) in PageLayout.SecurityHeaders)
            {
                http.Response.Headers[name] = value;
            }

            return Results.Content(page.Html, PageLayout.ContentType, statusCode: page.Status);
        });
        return endpoints;
    }

    private static ReportRequest Request(HttpContext http) =>
        new(Value(http.Request.Query["brand"]), Value(http.Request.Query["days"]), name => Value(http.Request.Headers[name]));

    // A repeated parameter is ambiguous: treat it as absent rather than pick one.
    private static string? Value(StringValues values) => values.Count == 1 ? values[0] : null;
}
