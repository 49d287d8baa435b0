using Azure.Core;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>Azure.Core pipeline options (retry, transport, diagnostics) for <see cref="LanguageClient"/>.</summary>
public sealed class LanguageClientOptions : ClientOptions
{
    /// <summary>Exponential back-off from the configured retries and timeout; Retry-After on 429/503 wins when longer.</summary>
    public static LanguageClientOptions From(LanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new LanguageClientOptions();
        result.Retry.Mode = RetryMode.Exponential;
        result.Retry.MaxRetries = options.MaxRetries;
        result.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds);

        // Document text may hold personal data: keep bodies out of logs (the default, stated).
        result.Diagnostics.IsLoggingContentEnabled = false;
        return result;
    }
}
