namespace Newsjack.Core.Buzz;

/// <summary>The JSON answer of `POST /api/buzz`: `{accepted, duplicates, rejected, stale, errors:[{line, reason}]}`.</summary>
public sealed record BuzzIngestSummary(int Accepted, int Duplicates, int Rejected, int Stale, IReadOnlyList<BuzzLineError> Errors);
