using Microsoft.Extensions.DependencyInjection;
using Newsjack.Azure.Http;
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

        services.AddSecretUrlClient<PublishWebhookClient, PublishOptions>();
    }
}
