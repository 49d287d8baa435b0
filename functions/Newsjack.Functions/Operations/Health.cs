using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Newsjack.Azure.Hosting;
using Newsjack.Functions.Http;

namespace Newsjack.Functions.Operations;

/// <summary>
/// HTTP `GET /api/health`: storage reachability, 200 when Tables, Queues and Blobs answer, else 503. Anonymous so
/// load balancers and uptime probes need no key; it reveals only up/down per service.
/// </summary>
public sealed class Health(StorageHealthCheck check)
{
    [Function(nameof(Health))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequestData req,
        CancellationToken cancellationToken)
    {
        var storage = await check.CheckAsync(cancellationToken);
        return await JsonResponse.CreateAsync(
            req,
            storage.Reachable ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable,
            HealthResponse.From(storage),
            HostingJsonContext.Default.HealthResponse,
            cancellationToken);
    }
}
