using System.Text.Json.Serialization;

namespace Newsjack.Core.Approvals;

/// <summary>What an audit entry records; written as the lower-case words in the attributes (`newsjack audit`, the audit table).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditAction>))]
public enum AuditAction
{
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("rejected")] Rejected,

    /// <summary>Someone signed in but not among the brand's approvers tried to decide.</summary>
    [JsonStringEnumMemberName("denied")] Denied,

    /// <summary>A decision that lost: the card was already decided or expired.</summary>
    [JsonStringEnumMemberName("refused")] Refused,
    [JsonStringEnumMemberName("published")] Published,

    /// <summary>Dry run: the payload that would have been sent, nothing sent.</summary>
    [JsonStringEnumMemberName("would-publish")] WouldPublish,
    [JsonStringEnumMemberName("publish-failed")] PublishFailed,
    [JsonStringEnumMemberName("expired")] Expired,

    /// <summary>The follow-up card reached Teams (or Teams refused it): at most one per card.</summary>
    [JsonStringEnumMemberName("follow-up")] FollowUp,

    /// <summary>A redelivered queue message whose effect was already done or started: nothing was sent again.</summary>
    [JsonStringEnumMemberName("duplicate")] Duplicate,
}
