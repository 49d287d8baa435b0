using Newsjack.Core.Cards;

namespace Newsjack.Azure.Approvals;

/// <summary>Tells the brand's Teams channel how a card ended (published, would publish, or why it failed): the seam to Teams delivery.</summary>
public interface IPublishFollowUp
{
    Task SendAsync(SuggestionCard card, CancellationToken cancellationToken);
}
