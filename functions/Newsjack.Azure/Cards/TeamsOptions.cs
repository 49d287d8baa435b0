using System.ComponentModel.DataAnnotations;
using Newsjack.Azure.Http;
using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Delivery to Teams Workflows webhooks (section `Teams`, settings `Teams__HourlyBudget` etc.). Budgets are per
/// webhook over rolling windows and sit under Teams' documented limits (4/s, 100/h, 150/2 h, 1,800/day).
/// </summary>
public sealed class TeamsOptions : ISecretUrlRetrySettings
{
    public const string SectionName = "Teams";

    [Range(0.25, 10, ErrorMessage = "Teams:SecondsBetweenPosts must be 0.25..10.")]
    public double SecondsBetweenPosts { get; set; } = 1;

    [Range(1, 100, ErrorMessage = "Teams:HourlyBudget must be 1..100 (Teams allows 100 per hour).")]
    public int HourlyBudget { get; set; } = 90;

    [Range(1, 150, ErrorMessage = "Teams:TwoHourBudget must be 1..150 (Teams allows 150 per 2 hours).")]
    public int TwoHourBudget { get; set; } = 140;

    [Range(1, 1800, ErrorMessage = "Teams:DailyBudget must be 1..1800 (Teams allows 1,800 per day).")]
    public int DailyBudget { get; set; } = 1700;

    /// <summary>Delivery attempts (each with the client's own retries) before a card ends `DeliveryFailed`.</summary>
    [Range(1, 20, ErrorMessage = "Teams:MaxAttempts must be 1..20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First wait before another attempt of a failed delivery; doubles per attempt.</summary>
    [Range(0.01, 600, ErrorMessage = "Teams:RetryBackoffSeconds must be 0.01..600.")]
    public double RetryBackoffSeconds { get; set; } = 30;

    [Range(1, 120, ErrorMessage = "Teams:AttemptTimeoutSeconds must be 1..120.")]
    public double AttemptTimeoutSeconds { get; set; } = 10;

    [Range(1, 10, ErrorMessage = "Teams:MaxRetries must be 1..10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay inside one attempt (exponential with jitter); a Retry-After header wins.</summary>
    [Range(0.01, 60, ErrorMessage = "Teams:RetryDelaySeconds must be 0.01..60.")]
    public double RetryDelaySeconds { get; set; } = 2;

    [Range(1, 600, ErrorMessage = "Teams:TotalTimeoutSeconds must be 1..600.")]
    public double TotalTimeoutSeconds { get; set; } = 90;

    public PostBudget Budget => new(TimeSpan.FromSeconds(SecondsBetweenPosts),
    [
        new(TimeSpan.FromHours(1), HourlyBudget),
        new(TimeSpan.FromHours(2), TwoHourBudget),
        new(TimeSpan.FromDays(1), DailyBudget),
    ]);

    /// <summary>How long one delivery holds a card: longer than any attempt can take, so two never post it at once.</summary>
    public TimeSpan Lease => TimeSpan.FromSeconds(TotalTimeoutSeconds + 30);
}
