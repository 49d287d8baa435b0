namespace Newsjack.Azure.Http;

/// <summary>Retry and timeout settings of a client that posts to a URL which is itself the secret (webhooks).</summary>
public interface ISecretUrlRetrySettings
{
    double AttemptTimeoutSeconds { get; }

    int MaxRetries { get; }

    double RetryDelaySeconds { get; }

    double TotalTimeoutSeconds { get; }
}
