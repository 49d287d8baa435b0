using Newsjack.Core.Serialization;

namespace Newsjack.Core.Approvals.Publishing;

/// <summary>
/// The body of one <c>publish</c> queue message: which approved card to publish (<c>{"cardId":"c-…"}</c>), or, with
/// <see cref="FollowUp"/> true, a finished card whose follow-up card waited for the Teams budget.
/// </summary>
public sealed record PublishMessage(string CardId, bool? FollowUp = null) : TracedQueueMessage;
