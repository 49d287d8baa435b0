namespace Newsjack.Azure.Storage;

/// <summary>
/// Every table, queue and container name in one place, each under the configured prefix.
/// Tables: letters and digits only. Queues and containers: lower-case, digits and dashes.
/// </summary>
public sealed class StorageNames(string prefix)
{
    public string Prefix { get; } = prefix;

    public string Table(string name) => Prefix + name;

    public string Queue(string name) => $"{Prefix}-{name}";

    public string Container(string name) => $"{Prefix}-{name}";
}
