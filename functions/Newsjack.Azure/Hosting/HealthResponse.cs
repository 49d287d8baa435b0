using System.Text.Json.Serialization;

namespace Newsjack.Azure.Hosting;

/// <summary>
/// The `/api/health` body of both hosts: `status` is `healthy` or `unhealthy`; each storage service is `ok` or
/// `unreachable`. The local host adds what its timers and queue pumps did; the function app has neither.
/// </summary>
public sealed record HealthResponse(string Status, HealthResponse.StorageStatus Storage)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JobActivity>? Jobs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QueueActivity>? Queues { get; init; }

    public static HealthResponse From(StorageHealth storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new(storage.Reachable ? "healthy" : "unhealthy", new StorageStatus(State(storage.Tables), State(storage.Queues), State(storage.Blobs)));
    }

    private static string State(bool up) => up ? "ok" : "unreachable";

    public sealed record StorageStatus(string Tables, string Queues, string Blobs);
}
