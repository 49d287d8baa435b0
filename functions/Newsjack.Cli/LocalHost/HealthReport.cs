namespace Newsjack.Cli.LocalHost;

/// <summary>The `/api/health` body: `status` is `healthy` when all three storage services answer.</summary>
public sealed record HealthReport(
    string Status, HealthReport.StorageStatus Storage, IReadOnlyList<JobActivity> Jobs, IReadOnlyList<QueueActivity> Queues)
{
    /// <summary>Each service is `ok` or `unreachable`.</summary>
    public sealed record StorageStatus(string Tables, string Queues, string Blobs);
}
