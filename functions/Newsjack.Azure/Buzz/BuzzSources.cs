namespace Newsjack.Azure.Buzz;

/// <summary>Reads the source partition back from a post row's `Source` column (the transport key `{partition}:{sequence}`).</summary>
public static class BuzzSources
{
    /// <summary>Rows written without a source (none are today) share one partition rather than failing the reader.</summary>
    public const string Unknown = "unknown";

    public static string PartitionOf(string? transportKey)
    {
        if (string.IsNullOrEmpty(transportKey))
        {
            return Unknown;
        }

        var colon = transportKey.IndexOf(':', StringComparison.Ordinal);
        var partition = colon < 0 ? transportKey : transportKey[..colon];
        return partition.Length == 0 ? Unknown : partition;
    }
}
