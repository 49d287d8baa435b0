using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Learning;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Azure.Scoring;

namespace Newsjack.Azure.Approvals;

/// <summary>Approvals stage services: approver identity, the audit, the publish webhook client and its targets.</summary>
internal static class ApprovalsRegistrations
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<ApproverIdentityOptions>().BindConfiguration(ApproverIdentityOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PublishOptions>().BindConfiguration(PublishOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LearningOptions>().BindConfiguration(LearningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApproverIdentityResolver>();
        services.AddSingleton<DecisionMemoryStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<PublishTargets>();
        services.AddSingleton<PublishRequests>();
        services.AddSingleton<AntiForgery>();
        services.AddSingleton<CardPageHandler>();
        services.AddSingleton<IPublishFollowUp, TeamsPublishFollowUp>();
        services.AddSingleton<PublishHandler>();
        services.AddSingleton<ExpireCardsJob>();
        services.AddSingleton<Report.SuppressedTopicsSink>();
        services.AddSingleton<Report.ReportHandler>();
        services.AddSingleton<IScoredTopicsSink>(sp => sp.GetRequiredService<Report.SuppressedTopicsSink>());

        // No request logging: the URL is the secret. One pipeline per webhook host, so one brand's broken
        // receiver never opens the circuit for another's.
        services.AddHttpClient<PublishWebhookClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<PublishOptions>>().Value;
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
