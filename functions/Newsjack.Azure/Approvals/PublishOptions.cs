using System.ComponentModel.DataAnnotations;
using Newsjack.Azure.Http;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// Settings <c>Publish__*</c>. <see cref="DryRun"/> is on unless set to false: an approval then records what
/// would have been published and sends nothing, so a fresh install can never post by accident.
/// </summary>
public sealed class PublishOptions : ISecretUrlRetrySettings
{
    public const string SectionName = "Publish";

    public bool DryRun { get; set; } = true;

    [Range(1, 120, ErrorMessage = "Publish:AttemptTimeoutSeconds must be 1..120.")]
    public double AttemptTimeoutSeconds { get; set; } = 10;

    [Range(1, 10, ErrorMessage = "Publish:MaxRetries must be 1..10.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; doubles each retry, with jitter. A Retry-After header wins.</summary>
    [Range(0.01, 60, ErrorMessage = "Publish:RetryDelaySeconds must be 0.01..60.")]
    public double RetryDelaySeconds { get; set; } = 2;

    [Range(1, 900, ErrorMessage = "Publish:TotalTimeoutSeconds must be 1..900.")]
    public double TotalTimeoutSeconds { get; set; } = 120;

    /// <summary>How long a publishing delivery may hold a card: past this, one that is still Publishing has died.</summary>
    public TimeSpan Lease => TimeSpan.FromSeconds(TotalTimeoutSeconds + 30);
}
