using Azure;
using Microsoft.Extensions.Logging;
using Newsjack.Azure.Http;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Ingests social buzz: validates, dead-letters the invalid, stores the new, counts the rest as duplicates.
/// Called by the Event Hub function (one trigger batch) and by `POST /api/buzz`. Idempotent: replaying a
/// batch changes nothing in storage. Only storage failures throw; a poison event never does.
/// </summary>
public sealed class BuzzIngestHandler(BuzzTables tables, TimeProvider time, ILogger<BuzzIngestHandler> logger, PipelineMetrics? metrics = null)
{
    public const string HttpSource = "http";

    private readonly BuzzPostStore _posts = new(tables);
    private readonly BuzzDeadLetterStore _deadLetters = new(tables);

    public Task<BuzzIngestResult> IngestBatchAsync(BuzzBatch batch, CancellationToken cancellationToken) =>
        IngestAsync(batch, fromHttp: false, cancellationToken);

    /// <summary>A JSON array or NDJSON body of events, at most <see cref="BuzzBodySplitter.MaxBodyBytes"/>.</summary>
    public async Task<BuzzHttpIngestResult> IngestHttpBodyAsync(Stream body, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!BuzzBodySplitter.IsAcceptedContentType(contentType))
        {
            var error = new BuzzLineError(0, $"Content-Type '{contentType}' is not accepted; send application/json (an array) or application/x-ndjson (one event per line)");
            return new BuzzHttpIngestResult(BuzzHttpIngestStatus.UnsupportedMediaType, new BuzzIngestSummary(0, 0, 0, 0, [error]));
        }

        var bytes = await CappedBody.ReadAsync(body, BuzzBodySplitter.MaxBodyBytes, expectedLength: null, cancellationToken);
        if (bytes is null)
        {
            var error = new BuzzLineError(0, $"body is over the {BuzzBodySplitter.MaxBodyBytes}-byte limit; send smaller requests");
            return new BuzzHttpIngestResult(BuzzHttpIngestStatus.TooLarge, new BuzzIngestSummary(0, 0, 0, 0, [error]));
        }

        var split = BuzzBodySplitter.Split(bytes.Value.Span, contentType);
        if (split.TooManyEvents)
        {
            var error = new BuzzLineError(0, $"body holds more than {BuzzLimits.MaxEventsPerRequest} events; send at most {BuzzLimits.MaxEventsPerRequest} per request (nothing was stored)");
            return new BuzzHttpIngestResult(BuzzHttpIngestStatus.TooLarge, new BuzzIngestSummary(0, 0, 0, 0, [error]));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var batch = new BuzzBatch(HttpSource, [.. split.Events.Select(e => e.Body)], [.. split.Events.Select(e => (long)e.Line)], [.. split.Events.Select(_ => now)], null)
        {
            EncodingErrors = split.Events.Select((e, i) => (e.EncodingError, i)).Where(e => e.EncodingError is not null).ToDictionary(e => e.i, e => e.EncodingError!),
        };
        var result = await IngestAsync(batch, fromHttp: true, cancellationToken);
        var errors = result.Events.Where(e => e.Status == BuzzEventStatus.Rejected)
            .Select(e => new BuzzLineError(split.Events[e.Index].Line, e.Reason ?? "rejected"))
            .Concat(split.Errors)
            .OrderBy(e => e.Line)
            .ToList();
        var valid = result.Accepted + result.Duplicates + result.Stale;
        var listed = errors.Count > BuzzLimits.MaxErrorsListed ? errors[..BuzzLimits.MaxErrorsListed] : errors;
        var summary = new BuzzIngestSummary(result.Accepted, result.Duplicates, result.Rejected, result.Stale, listed)
        {
            ErrorsOmitted = errors.Count - listed.Count,
        };
        return new BuzzHttpIngestResult(valid > 0 ? BuzzHttpIngestStatus.Ok : BuzzHttpIngestStatus.NothingParsable, summary);
    }

    private async Task<BuzzIngestResult> IngestAsync(BuzzBatch batch, bool fromHttp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            return await IngestOnceAsync(batch, fromHttp, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == "TableNotFound")
        {
            // Ingest is idempotent, so once more with the tables created again repeats nothing.
            tables.Forget();
            return await IngestOnceAsync(batch, fromHttp, cancellationToken);
        }
    }

    private async Task<BuzzIngestResult> IngestOnceAsync(BuzzBatch batch, bool fromHttp, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var outcome = BuzzBatchProcessor.Process(batch, receivedAt);
        await tables.EnsureCreatedAsync(cancellationToken);

        // An Event Hub batch keeps every dead letter (its events exist nowhere else, and the trigger bounds the batch);
        // an HTTP sender got every reason in its answer, so a request of garbage keeps only a sample.
        var rejected = outcome.Events.Where(e => e.Status == BuzzEventStatus.Rejected).ToList();
        var kept = fromHttp && rejected.Count > BuzzLimits.MaxDeadLettersPerRequest ? rejected[..BuzzLimits.MaxDeadLettersPerRequest] : rejected;
        await _deadLetters.WriteAsync(batch, kept, fromHttp, receivedAt, cancellationToken);
        foreach (var e in rejected.Take(BuzzLimits.MaxLoggedRejections))
        {
            BuzzIngestLog.EventDeadLettered(logger, e.TransportKey, e.Reason);
        }

        if (rejected.Count > BuzzLimits.MaxLoggedRejections)
        {
            BuzzIngestLog.MoreRejected(logger, batch.PartitionId, rejected.Count - BuzzLimits.MaxLoggedRejections, rejected.Count, kept.Count);
        }

        var stored = await _posts.StoreAsync(outcome.Accepted, batch.PartitionId, outcome.Events, receivedAt, cancellationToken);
        var events = outcome.Events
            .Select(e => stored.Contains(e.Index)
                ? e with { Status = BuzzEventStatus.Duplicate, Reason = $"'{e.ContentKey}' was already stored (replay or producer retry)" }
                : e)
            .ToList();
        var result = BuzzIngestResult.From(events);
        metrics?.Ingested("buzz", result.Accepted);
        metrics?.DeadLettered("buzz", kept.Count);
        BuzzIngestLog.BatchIngested(logger, batch.PartitionId, result.Accepted, result.Duplicates, result.Rejected, result.Stale);
        return result;
    }
}
