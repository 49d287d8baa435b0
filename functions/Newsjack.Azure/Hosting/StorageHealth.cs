namespace Newsjack.Azure.Hosting;

/// <summary>Which of the three storage services answered a probe.</summary>
public sealed record StorageHealth(bool Tables, bool Queues, bool Blobs)
{
    public bool Reachable => Tables && Queues && Blobs;
}
