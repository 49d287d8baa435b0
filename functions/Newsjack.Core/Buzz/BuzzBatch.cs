namespace Newsjack.Core.Buzz;

/// <summary>
/// One Event Hub trigger batch: bodies and their binding data, same index. HTTP ingestion builds one too,
/// with partition `http` and line numbers as sequence numbers.
/// </summary>
public sealed record BuzzBatch(
    string PartitionId,
    IReadOnlyList<string> Events,
    IReadOnlyList<long> SequenceNumbers,
    IReadOnlyList<DateTime> EnqueuedTimesUtc,
    IReadOnlyList<string>? Offsets);
