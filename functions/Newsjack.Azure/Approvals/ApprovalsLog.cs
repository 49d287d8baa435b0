using Microsoft.Extensions.Logging;
using Newsjack.Core.Cards;

namespace Newsjack.Azure.Approvals;

/// <summary>The approvals stage's log messages. Never a link, a signature, a token or a webhook URL.</summary>
internal static partial class ApprovalsLog
{
    [LoggerMessage(EventId = 801, Level = LogLevel.Warning, Message = "Card link for {CardId} refused: {Failure}")]
    public static partial void LinkRefused(ILogger logger, string cardId, string failure);

    [LoggerMessage(EventId = 802, Level = LogLevel.Warning, Message = "Decision form for card {CardId} refused: anti-forgery token missing or wrong")]
    public static partial void FormRejected(ILogger logger, string cardId);

    [LoggerMessage(EventId = 803, Level = LogLevel.Warning, Message = "{Approver} is not an approver of {BrandId}; card {CardId} unchanged")]
    public static partial void NotAllowed(ILogger logger, string cardId, string approver, string brandId);

    [LoggerMessage(EventId = 804, Level = LogLevel.Information, Message = "Card {CardId} of {BrandId} {State} by {Approver}")]
    public static partial void Decided(ILogger logger, string cardId, string brandId, string approver, CardState state);

    [LoggerMessage(EventId = 805, Level = LogLevel.Information, Message = "Decision of {Approver} on card {CardId} lost: the card is already {State}")]
    public static partial void LostRace(ILogger logger, string cardId, string approver, CardState state);

    [LoggerMessage(EventId = 806, Level = LogLevel.Information, Message = "Card {CardId} of {BrandId}: {Outcome}")]
    public static partial void Published(ILogger logger, string cardId, string brandId, string outcome);

    [LoggerMessage(EventId = 807, Level = LogLevel.Warning, Message = "Card {CardId} of {BrandId} could not be published: {Error}")]
    public static partial void PublishFailed(ILogger logger, string cardId, string brandId, string error);

    [LoggerMessage(EventId = 808, Level = LogLevel.Information, Message = "Expired {Count} undecided card(s)")]
    public static partial void Expired(ILogger logger, int count);

    [LoggerMessage(EventId = 809, Level = LogLevel.Information, Message = "Follow-up card for {CardId} ({State}) posted to Teams")]
    public static partial void FollowUpSent(ILogger logger, string cardId, CardState state);

    [LoggerMessage(EventId = 810, Level = LogLevel.Warning, Message = "Follow-up card for {CardId} not posted to Teams: {Problem}")]
    public static partial void FollowUpNotSent(ILogger logger, string cardId, string problem);

    [LoggerMessage(EventId = 811, Level = LogLevel.Information, Message = "Follow-up card for {CardId} held until {NotBefore}: {Reason}")]
    public static partial void FollowUpHeld(ILogger logger, string cardId, DateTimeOffset notBefore, string reason);

    [LoggerMessage(EventId = 812, Level = LogLevel.Information, Message = "Follow-up card for {CardId} not posted again: {Detail}")]
    public static partial void FollowUpDuplicate(ILogger logger, string cardId, string detail);

    [LoggerMessage(EventId = 813, Level = LogLevel.Information, Message = "Publish message for card {CardId} redelivered: {Detail}")]
    public static partial void PublishDuplicate(ILogger logger, string cardId, string detail);
}
