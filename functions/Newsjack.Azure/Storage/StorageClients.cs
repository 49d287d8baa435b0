using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Newsjack.Azure.Storage;

/// <summary>
/// Builds the three Azure Storage service clients from <see cref="StorageOptions"/>: by connection string, else by
/// account name with the app's credential (registered once, see Identity/CredentialRegistration).
/// </summary>
public static class StorageClients
{
    /// <summary>Base64, as the Functions queue trigger expects (host.json messageEncoding).</summary>
    public static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public static TableServiceClient Tables(StorageOptions options, TokenCredential? credential = null) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new TableServiceClient(cs)
            : new TableServiceClient(Endpoint(options, "table"), Required(credential));

    public static QueueServiceClient Queues(StorageOptions options, TokenCredential? credential = null) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new QueueServiceClient(cs, QueueOptions())
            : new QueueServiceClient(Endpoint(options, "queue"), Required(credential), QueueOptions());

    public static BlobServiceClient Blobs(StorageOptions options, TokenCredential? credential = null) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new BlobServiceClient(cs)
            : new BlobServiceClient(Endpoint(options, "blob"), Required(credential));

    private static TokenCredential Required(TokenCredential? credential) =>
        credential ?? throw new InvalidOperationException("Storage:AccountName without a connection string needs the app's TokenCredential");

    private static Uri Endpoint(StorageOptions options, string service) =>
        new($"https://{options.AccountName}.{service}.core.windows.net");
}
