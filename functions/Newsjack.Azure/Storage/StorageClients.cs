using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Newsjack.Azure.Storage;

/// <summary>Builds the three Azure Storage service clients from <see cref="StorageOptions"/>.</summary>
public static class StorageClients
{
    /// <summary>Base64, as the Functions queue trigger expects (host.json messageEncoding).</summary>
    public static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public static TableServiceClient Tables(StorageOptions options) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new TableServiceClient(cs)
            : new TableServiceClient(Endpoint(options, "table"), new DefaultAzureCredential());

    public static QueueServiceClient Queues(StorageOptions options) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new QueueServiceClient(cs, QueueOptions())
            : new QueueServiceClient(Endpoint(options, "queue"), new DefaultAzureCredential(), QueueOptions());

    public static BlobServiceClient Blobs(StorageOptions options) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new BlobServiceClient(cs)
            : new BlobServiceClient(Endpoint(options, "blob"), new DefaultAzureCredential());

    private static Uri Endpoint(StorageOptions options, string service) =>
        new($"https://{options.AccountName}.{service}.core.windows.net");
}
