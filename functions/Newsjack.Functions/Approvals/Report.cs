using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Newsjack.Azure.Approvals.Report;
using Newsjack.Core.Approvals.Report;
using Newsjack.Core.Serialization;
using Newsjack.Functions.Http;

namespace Newsjack.Functions.Approvals;

/// <summary>
/// HTTP `GET /api/report?brand=X[&amp;days=N]` (JSON) and `GET /api/dashboard?brand=X[&amp;days=N]` (HTML), as the local
/// host's report endpoints: <see cref="ReportHandler"/> does the work and checks who asks from the App Service
/// Authentication headers, so the functions are anonymous behind Easy Auth.
/// </summary>
public sealed class Report(ReportHandler handler)
{
    [Function(nameof(Report))]
    public async Task<HttpResponseData> Json(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "report")] HttpRequestData req,
        CancellationToken cancellationToken)
    {
        var answer = await handler.ReportAsync(Request(req), cancellationToken);
        var response = answer.Report is { } report
            ? await JsonResponse.CreateAsync(req, HttpStatusCode.OK, report, NewsjackJsonContext.Default.BrandReport, cancellationToken)
            : await JsonResponse.CreateAsync(req, (HttpStatusCode)answer.Status, answer.Problem!, NewsjackJsonContext.Default.ReportProblem, cancellationToken);
        response.Headers.Add("Cache-Control", "no-store");
        return response;
    }

    [Function("Dashboard")]
    public async Task<HttpResponseData> Dashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequestData req,
        CancellationToken cancellationToken) =>
        await HtmlResponse.CreateAsync(req, await handler.DashboardAsync(Request(req), cancellationToken), cancellationToken);

    // A repeated parameter or header is ambiguous: treat it as absent (as the local host does).
    private static ReportRequest Request(HttpRequestData req) => new(
        Single(req.Query.GetValues("brand")),
        Single(req.Query.GetValues("days")),
        name => req.Headers.TryGetValues(name, out var values) ? Single([.. values]) : null);

    private static string? Single(string[]? values) => values is [var only] ? only : null;
}
