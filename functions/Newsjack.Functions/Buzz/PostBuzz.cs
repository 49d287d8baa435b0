using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Newsjack.Azure.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Functions.Http;

namespace Newsjack.Functions.Buzz;

/// <summary>
/// HTTP `POST /api/buzz`: a JSON array or NDJSON of BuzzPost events, for producers that cannot reach Event Hubs.
/// Same answer as the local host: `{accepted, duplicates, rejected, stale, errors:[{line, reason}]}` with 200,
/// 400 when no event is valid, 413 over the body cap.
/// </summary>
public sealed class PostBuzz(BuzzIngestHandler handler)
{
    [Function(nameof(PostBuzz))]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "buzz")] HttpRequestData req,
        CancellationToken cancellationToken)
    {
        var contentType = req.Headers.TryGetValues("Content-Type", out var values) ? values.FirstOrDefault() : null;
        var result = await handler.IngestHttpBodyAsync(req.Body, contentType, cancellationToken);
        var status = result.Status switch
        {
            BuzzHttpIngestStatus.TooLarge => HttpStatusCode.RequestEntityTooLarge,
            BuzzHttpIngestStatus.NothingParsable => HttpStatusCode.BadRequest,
            BuzzHttpIngestStatus.UnsupportedMediaType => HttpStatusCode.UnsupportedMediaType,
            _ => HttpStatusCode.OK,
        };
        return await JsonResponse.CreateAsync(
            req, status, result.Summary, NewsjackJsonContext.Default.BuzzIngestSummary, cancellationToken);
    }
}
