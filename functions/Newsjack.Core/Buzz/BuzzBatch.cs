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
    IReadOnlyList<string>? Offsets)
{
    /// <summary>Events already known bad before they were strings (index → reason: bytes not UTF-8); they are rejected with it.</summary>
    public IReadOnlyDictionary<int, string>? EncodingErrors { get; init; }
}
