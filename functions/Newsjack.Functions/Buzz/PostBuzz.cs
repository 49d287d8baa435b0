using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Newsjack.Azure.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Functions.Http;

namespace Newsjack.Functions.Buzz;

/// <summary>
/// HTTP `POST /api/buzz`: a JSON array or NDJSON of BuzzPost objects, for producers that cannot reach Event Hubs.
/// Same answer as the local host: `{accepted, duplicates, rejected, stale, errors:[{line, reason}]}`.
/// </summary>
public sealed class PostBuzz(BuzzIngestHandler handler)
{
    [Function(nameof(PostBuzz))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "buzz")] HttpRequestData req,
        CancellationToken cancellationToken)
    {
        var contentType = req.Headers.TryGetValues("Content-Type", out var values) ? values.FirstOrDefault() : null;
        var summary = await handler.IngestHttpBodyAsync(req.Body, contentType, cancellationToken);
        return await JsonResponse.CreateAsync(
            req, HttpStatusCode.OK, summary, NewsjackJsonContext.Default.BuzzIngestSummary, cancellationToken);
    }
}
