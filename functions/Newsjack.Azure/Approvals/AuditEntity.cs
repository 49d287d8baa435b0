using Azure;
using Azure.Data.Tables;

namespace Newsjack.Azure.Approvals;

/// <summary>One audit row (table <c>audit</c>): PartitionKey brand id, RowKey time (UTC, sortable) plus a random suffix.</summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CardId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? ClientAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? CardHash { get; set; }
    public string? Detail { get; set; }
}
