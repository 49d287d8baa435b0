using Azure;
using Azure.Data.Tables;

namespace Newsjack.Azure.News;

/// <summary>
/// One distinct news item in table `newsitems`: PartitionKey the UTC hour it was first seen (`yyyyMMddHH`),
/// RowKey its id. <see cref="Outlets"/> lists every feed that carried it, newline-separated.
/// </summary>
public sealed class NewsItemEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Url { get; set; }
    public string? EntryGuid { get; set; }
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>True when the feed gave no date and <see cref="PublishedAt"/> is the first-seen time.</summary>
    public bool PublishedAtEstimated { get; set; }
    public string? Language { get; set; }
    public string Source { get; set; } = "";
    public string Outlets { get; set; } = "";
    public int OutletCount { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
