using Newsjack.Azure.Hosting;

namespace Newsjack.Functions.Operations;

/// <summary>
/// The `/api/health` body, same field names as the local host's (which adds its own timer and queue activity):
/// `status` is `healthy` or `unhealthy`; each storage service is `ok` or `unreachable`.
/// </summary>
public sealed record HealthResponse(string Status, HealthResponse.StorageStatus Storage)
{
    public static HealthResponse From(StorageHealth storage) => new(
        storage.Reachable ? "healthy" : "unhealthy",
        new StorageStatus(State(storage.Tables), State(storage.Queues), State(storage.Blobs)));

    private static string State(bool up) => up ? "ok" : "unreachable";

    public sealed record StorageStatus(string Tables, string Queues, string Blobs);
}
