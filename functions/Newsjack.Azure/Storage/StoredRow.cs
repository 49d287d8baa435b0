namespace Newsjack.Azure.Storage;

/// <summary>A value read from a table with its keys: what identifies it across reads and orders it as the table does.</summary>
public sealed record StoredRow<T>(string PartitionKey, string RowKey, T Value);
