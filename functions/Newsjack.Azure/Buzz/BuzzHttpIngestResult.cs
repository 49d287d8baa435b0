using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>The outcome of one HTTP body: its overall status and the `{accepted, duplicates, rejected, stale, errors}` summary.</summary>
public sealed record BuzzHttpIngestResult(BuzzHttpIngestStatus Status, BuzzIngestSummary Summary);
