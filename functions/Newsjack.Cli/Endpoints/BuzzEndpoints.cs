using Newsjack.Azure.Buzz;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Endpoints;

/// <summary>
/// `POST /api/buzz`: a JSON array (`application/json`) or NDJSON (`application/x-ndjson`) of BuzzPost events.
/// 200 `{accepted, duplicates, rejected, stale, errors:[{line, reason}], errorsOmitted?}`; 400 (same shape) when
/// no event is valid; 413 over 4 MB or over 10,000 events; 503 + Retry-After while storage is unavailable.
/// </summary>
public static class BuzzEndpoints
{
    public static IEndpointRouteBuilder MapBuzzEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/buzz", IngestAsync);
        return endpoints;
    }

    private static async Task<IResult> IngestAsync(HttpRequest request, BuzzIngestHandler handler, CancellationToken cancellationToken)
    {
        var result = request.ContentLength > BuzzBodySplitter.MaxBodyBytes
            ? new BuzzHttpIngestResult(BuzzHttpIngestStatus.TooLarge, TooLarge(request.ContentLength.Value))
            : await handler.IngestHttpBodyAsync(request.Body, request.ContentType, cancellationToken);
        var status = result.Status switch
        {
            BuzzHttpIngestStatus.TooLarge => StatusCodes.Status413PayloadTooLarge,
            BuzzHttpIngestStatus.NothingParsable => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        return Results.Json(result.Summary, NewsjackJsonContext.Default.BuzzIngestSummary, statusCode: status);
    }

    private static BuzzIngestSummary TooLarge(long length) => new(0, 0, 0, 0,
        [new BuzzLineError(0, $"body is {length} bytes, over the {BuzzBodySplitter.MaxBodyBytes}-byte limit; send smaller requests")]);
}
