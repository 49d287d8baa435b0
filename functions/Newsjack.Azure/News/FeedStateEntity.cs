using Azure;
using Azure.Data.Tables;

namespace Newsjack.Azure.News;

/// <summary>
/// One feed's polling state and health in table `feedhealth`: PartitionKey `feed` (one small partition, read
/// whole by the scheduler every minute), RowKey the feed name.
/// </summary>
public sealed class FeedStateEntity : ITableEntity
{
    public const string Partition = "feed";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The feed's HTTP ETag (named apart from the entity's own <see cref="ETag"/>).</summary>
    public string? HttpETag { get; set; }
    public string? HttpLastModified { get; set; }
    public DateTimeOffset? LastScheduledAt { get; set; }
    public DateTimeOffset? LastPollAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public string? LastError { get; set; }
    public string? LastOutcome { get; set; }
    public int ConsecutiveFailures { get; set; }
    public long ItemsSeen { get; set; }
}
