using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Newsjack.Azure.Http;

/// <summary>Typed clients for webhooks (Teams, publish), whose URL is the secret.</summary>
internal static class SecretUrlClientRegistration
{
    /// <summary>
    /// No request logging: the URL is the secret. One pipeline per host, so one broken receiver never opens the
    /// circuit for another. Retries honour Retry-After.
    /// </summary>
    public static void AddSecretUrlClient<TClient, TOptions>(this IServiceCollection services)
        where TClient : class
        where TOptions : class, ISecretUrlRetrySettings
    {
        services.AddHttpClient<TClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
                var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.Retry.MaxRetryAttempts = options.MaxRetries;
                resilience.Retry.Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(Math.Max(options.TotalTimeoutSeconds, options.AttemptTimeoutSeconds + 1));
                resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
            });
    }
}
