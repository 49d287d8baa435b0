using Azure;
using Azure.Data.Tables;

namespace Newsjack.Azure.News;

/// <summary>
/// Index row in table `newsindex`: PartitionKey `i-{id}` or `g-{guid hash}`, RowKey empty, pointing at the
/// item's hour bucket. Adding the `i-` row is how a poll claims a new item (409 means someone was first).
/// </summary>
public sealed class NewsIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Bucket { get; set; } = "";
    public string ItemId { get; set; } = "";

    /// <summary>The feed whose poll claimed the item: only that feed's retried poll counts it as new if it was never written.</summary>
    public string ClaimedBy { get; set; } = "";
}
